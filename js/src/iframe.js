// rerunner's st.iframe, components.v1.html and components.v1.iframe: a sandboxed iframe of a
// URL (`src`) or of HTML (`srcdoc`). height="content" (and width="content") follow the size of
// the embedded document, measured from here: the frame is same-origin, as in Streamlit.
import { makeFrame, px, setTabIndex } from "./lib/frame.js";

function render({ model, el }) {
  const frame = makeFrame();
  el.classList.add("rr-iframe-host");
  el.append(frame);
  let observer = null;

  function measure() {
    const doc = frame.contentDocument;
    if (!doc || !doc.documentElement) return;
    const root = doc.documentElement;
    if (model.get("height") === "content") {
      frame.style.height = `${Math.ceil(root.scrollHeight)}px`;
    }
    if (model.get("width") === "content") {
      frame.style.width = `${Math.ceil(root.scrollWidth)}px`;
    }
  }

  function watch() {
    if (observer) observer.disconnect();
    observer = null;
    const sized = model.get("height") === "content" || model.get("width") === "content";
    const doc = frame.contentDocument;
    if (!sized || !doc || !doc.documentElement) return;
    observer = new ResizeObserver(measure);
    observer.observe(doc.documentElement);
    if (doc.body) observer.observe(doc.body);
    measure();
  }

  function size() {
    const width = model.get("width");
    const height = model.get("height");
    frame.style.width = width === "content" ? "auto" : px(width, "100%");
    frame.style.maxWidth = "100%";
    frame.style.height = height === "content" ? "0px" : px(height, "100%");
    watch();
  }

  function load() {
    const src = model.get("src");
    const srcdoc = model.get("srcdoc");
    if (srcdoc) {
      frame.removeAttribute("src");
      frame.srcdoc = srcdoc;
    } else {
      frame.removeAttribute("srcdoc");
      frame.src = src || "about:blank";
    }
  }

  function decorate() {
    frame.title = model.get("title") || "st.iframe";
    frame.setAttribute("scrolling", model.get("scrolling") ? "auto" : "no");
    setTabIndex(frame, model.get("tab_index"));
  }

  frame.addEventListener("load", watch);
  decorate();
  size();
  load();
  model.on("change:src change:srcdoc", load);
  model.on("change:width change:height", size);
  model.on("change:title change:scrolling change:tab_index", decorate);
  return () => {
    if (observer) observer.disconnect();
  };
}

export default { render };
