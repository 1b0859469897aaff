// rerunner's pacer: a large first display goes out in batches, and this hidden widget tells the
// kernel when this page has received each one (rerunner/render/pacing.py). The kernel sets
// `token` after a batch's widgets; iopub keeps the kernel's messages in order, so by the time
// the token's update arrives here every widget of the batch has arrived before it. The report
// waits one turn of the event loop, so the page has begun making those widgets first.
// The report belongs to the model, not to a view: two views of one output are one page and
// report once. A page that loads the model later (Voila asks for every model's state once it
// connects) reports the token it finds, which lets the kernel go on.
// Plain JavaScript without imports: it ships inside the Python package as it is.

function initialize({ model }) {
  const page = Math.random().toString(36).slice(2, 14) + Date.now().toString(36);
  let timer = null;
  const report = () => {
    if (timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      const token = model.get("token");
      if (token > 0) model.send({ event: "shown", token, page });
    }, 0);
  };
  model.on("change:token", report);
  report();
  return () => {
    model.off("change:token", report);
    if (timer !== null) clearTimeout(timer);
  };
}

function render({ el }) {
  el.classList.add("rr-pacer");
}

export default { initialize, render };
