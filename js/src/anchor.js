// rerunner's clickable link: a download or link button (st.download_button, st.link_button)
// whose click the kernel must hear (on_click="rerun" or a callback). The browser follows the
// link as usual (downloads the file, opens the page in a new tab); the widget also sends a
// custom "click" message, which the kernel turns into a rerun. The markup is the kernel's, in
// the `html` trait, already sanitised there.

function render({ model, el }) {
  el.classList.add("rr-anchor");
  const draw = () => {
    el.innerHTML = model.get("html");
  };
  const onClick = (event) => {
    const link = event.target instanceof Element ? event.target.closest("a") : null;
    if (link && el.contains(link)) model.send({ event: "click" });
  };
  draw();
  model.on("change:html", draw);
  el.addEventListener("click", onClick);
  return () => {
    model.off("change:html", draw);
    el.removeEventListener("click", onClick);
  };
}

export default { render };
