// rerunner's st.pdf: the pages of a PDF rendered by the kernel (pypdfium2), asked for as they
// scroll into view. The kernel sends each page's size up front (`pages`, CSS pixels), so the
// box has its full height at once; a page near the visible part of the box is requested with a
// custom message and arrives as a PNG in a binary buffer, shown through a blob URL.

function render({ model, el }) {
  el.classList.add("rr-pdf-host");
  const box = document.createElement("div");
  box.className = "rr-pdf-pages";
  box.setAttribute("role", "document");
  el.append(box);
  let urls = [];
  let observer = null;

  function clear() {
    if (observer) observer.disconnect();
    for (const url of urls) URL.revokeObjectURL(url);
    urls = [];
    box.replaceChildren();
  }

  function build() {
    clear();
    const alt = model.get("alt");
    if (alt) box.setAttribute("aria-label", alt);
    else box.removeAttribute("aria-label");
    const error = model.get("error");
    if (error) {
      const note = document.createElement("div");
      note.className = "rr-pdf-error";
      note.textContent = error;
      box.append(note);
      return;
    }
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          model.send({ event: "page", index: Number(entry.target.dataset.index) });
        }
      },
      { root: box, rootMargin: "400px 0px" },
    );
    model.get("pages").forEach(([width, height], index) => {
      const img = document.createElement("img");
      img.className = "rr-pdf-page";
      img.alt = `Page ${index + 1}`;
      img.width = width;
      img.height = height;
      img.dataset.index = String(index);
      img.style.aspectRatio = `${width} / ${height}`;
      box.append(img);
      observer.observe(img);
    });
  }

  function size() {
    const height = model.get("height");
    box.style.height = typeof height === "number" ? `${height}px` : "auto";
    box.style.overflowY = typeof height === "number" ? "auto" : "visible";
  }

  model.on("msg:custom", (content, buffers) => {
    if (!content || typeof content.page !== "number" || !buffers || !buffers.length) return;
    const img = box.querySelector(`img[data-index="${content.page}"]`);
    if (!img) return;
    const url = URL.createObjectURL(new Blob([buffers[0]], { type: "image/png" }));
    urls.push(url);
    img.src = url;
  });
  model.on("change:doc change:pages change:error change:alt", build);
  model.on("change:height", size);
  size();
  build();
  return clear;
}

export default { render };
