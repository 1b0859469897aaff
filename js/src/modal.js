// rerunner's st.dialog: a modal drawn in the browser's top layer (a popover), so no container
// of the notebook clips it. It covers the notebook panel in JupyterLab and Notebook 7, and the
// whole page elsewhere (Voila): the layer takes every click meant for the page behind it.
// Keyboard focus moves into the dialog and stays there; Escape, the close button and a click
// beside the dialog dismiss it when it is dismissible. The dialog's content is the ipywidgets
// of its `children`, drawn here by the widget manager.
// Plain JavaScript without imports: it ships inside the Python package as it is.

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
  'textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const PREFIX = "IPY_MODEL_";

function visible(node) {
  return node.offsetWidth > 0 || node.offsetHeight > 0 || node.getClientRects().length > 0;
}

function luminoAttach(view, host) {
  // Attach a child view as Lumino would, so widgets that wait for their attach message work.
  const widget = view.luminoWidget || view.pWidget;
  const Widget = widget && widget.constructor;
  if (Widget && typeof Widget.attach === "function") {
    Widget.attach(widget, host);
  } else {
    host.appendChild(view.el);
  }
}

function luminoDetach(view) {
  const widget = view.luminoWidget || view.pWidget;
  const Widget = widget && widget.constructor;
  try {
    if (Widget && typeof Widget.detach === "function" && widget.isAttached) {
      Widget.detach(widget);
    }
  } finally {
    view.remove();
  }
}

function render({ model, el }) {
  el.classList.add("rr-modal-anchor");
  const layer = document.createElement("div");
  layer.className = "rr-modal-layer";
  layer.setAttribute("popover", "manual");
  layer.setAttribute("data-lm-suppress-shortcuts", "true");
  const box = document.createElement("div");
  box.className = "rr-modal";
  box.setAttribute("role", "dialog");
  box.setAttribute("aria-modal", "true");
  box.tabIndex = -1;
  const head = document.createElement("div");
  head.className = "rr-modal-head";
  const title = document.createElement("div");
  title.className = "rr-modal-title";
  const close = document.createElement("button");
  close.className = "rr-modal-close";
  close.type = "button";
  close.setAttribute("aria-label", "Close");
  close.textContent = "\u00d7";
  head.append(title, close);
  const body = document.createElement("div");
  body.className = "rr-modal-body";
  box.append(head, body);
  layer.append(box);
  el.append(layer);

  const views = new Map(); // model id -> its view, in the dialog's body
  let previous = null; // what had the focus before the dialog opened
  let shown = false;
  let gone = false;
  let watched = null; // the notebook panel the layer covers, observed for its size
  const resize = new ResizeObserver(() => shown && place());

  const isOpen = () => Boolean(model.get("is_open"));

  function focusables() {
    return [...box.querySelectorAll(FOCUSABLE)].filter(visible);
  }

  function focusInside() {
    if (!shown || box.contains(document.activeElement)) return;
    const items = focusables().filter((node) => node !== close);
    (items[0] || close || box).focus({ preventScroll: true });
  }

  function place() {
    // Over the notebook panel where there is one (JupyterLab, Notebook 7), else the window.
    const panel = el.closest(".jp-NotebookPanel");
    if (panel && panel !== watched) {
      watched = panel; // (at render time the view is not on the page yet: no panel to find)
      resize.observe(panel);
    }
    if (panel) {
      const rect = panel.getBoundingClientRect();
      Object.assign(layer.style, {
        left: `${rect.left}px`,
        top: `${rect.top}px`,
        right: "auto",
        bottom: "auto",
        width: `${rect.width}px`,
        height: `${rect.height}px`,
      });
      layer.classList.add("rr-modal-in-panel");
    } else {
      // The viewport without its scroll bars (100vw would reach under a vertical one).
      Object.assign(layer.style, {
        left: "0", top: "0", right: "0", bottom: "0", width: "auto", height: "auto",
      });
      layer.classList.remove("rr-modal-in-panel");
    }
  }

  function looks() {
    const width = model.get("width");
    box.dataset.width = typeof width === "number" ? "pixels" : String(width);
    box.style.width = typeof width === "number" ? `${width}px` : "";
    layer.dataset.position = model.get("position") || "center";
    title.innerHTML = model.get("title_html") || "";
    const dismissible = Boolean(model.get("dismissible"));
    close.hidden = !dismissible;
    box.setAttribute("aria-label", title.textContent || "Dialog");
  }

  function sync() {
    looks();
    const open = isOpen();
    if (open && !shown) {
      previous = document.activeElement;
      place();
      layer.showPopover();
      shown = true;
      requestAnimationFrame(focusInside);
      setTimeout(focusInside, 50); // the content may still be drawing
    } else if (!open && shown) {
      hide();
    }
  }

  function hide() {
    // Closed: focus goes back to what had it before the dialog opened (the button that opened
    // it, usually), if it was in the dialog or went with a part of it taken off the page.
    const at = document.activeElement;
    const inside = !at || at === document.body || layer.contains(at);
    if (layer.matches(":popover-open")) layer.hidePopover(); // (a detached one hid itself)
    shown = false;
    if (inside && previous && previous.isConnected && typeof previous.focus === "function") {
      previous.focus({ preventScroll: true });
    }
  }

  function dismiss() {
    if (!model.get("dismissible") || !isOpen()) return;
    model.set("is_open", false);
    model.save_changes();
    sync();
  }

  function trap(event) {
    const items = focusables();
    if (!items.length) {
      event.preventDefault();
      box.focus({ preventScroll: true });
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    const at = document.activeElement;
    if (event.shiftKey && (at === first || !box.contains(at))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (at === last || !box.contains(at))) {
      event.preventDefault();
      first.focus();
    }
  }

  function onKeyFirst(event) {
    // Capturing, before the widget the key is for: ipywidgets' text fields stop every keydown
    // from going further (so the notebook's shortcuts miss them), the layer's too.
    if (!shown) return;
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      dismiss();
    } else if (event.key === "Tab") {
      trap(event);
    }
  }

  function onKey(event) {
    if (shown) event.stopPropagation(); // the notebook's shortcuts do not see keys typed here
  }

  function onPointer(event) {
    if (event.target === layer) {
      event.preventDefault(); // a click beside the dialog reaches nothing behind it
      dismiss();
    }
  }

  function onFocus(event) {
    if (shown && !layer.contains(event.target)) {
      focusInside(); // focus stays in the dialog while it is open
    }
  }

  async function children() {
    const refs = (model.get("children") || []).map((ref) => String(ref).replace(PREFIX, ""));
    const wanted = new Set(refs);
    for (const [id, view] of views) {
      if (!wanted.has(id)) {
        views.delete(id);
        luminoDetach(view);
      }
    }
    for (const id of refs) {
      if (views.has(id)) continue;
      const child = await model.widget_manager.get_model(id);
      const view = await model.widget_manager.create_view(child, {});
      if (gone || !wanted.has(id)) {
        view.remove();
        continue;
      }
      views.set(id, view);
    }
    for (const id of refs) {
      const view = views.get(id);
      if (view && view.el.parentNode !== body) luminoAttach(view, body);
      else if (view) body.appendChild(view.el); // keep the order of `children`
    }
    if (shown) setTimeout(focusInside, 0);
  }

  const onWindow = () => shown && place();
  window.addEventListener("resize", onWindow);
  layer.addEventListener("keydown", onKeyFirst, true);
  layer.addEventListener("keydown", onKey);
  layer.addEventListener("mousedown", onPointer);
  close.addEventListener("click", dismiss);
  document.addEventListener("focusin", onFocus, true);
  model.on("change:is_open", sync);
  model.on("change:title_html", looks);
  model.on("change:width", looks);
  model.on("change:position", looks);
  model.on("change:dismissible", looks);
  model.on("change:children", children);
  children().then(sync);

  return () => {
    gone = true;
    resize.disconnect();
    window.removeEventListener("resize", onWindow);
    document.removeEventListener("focusin", onFocus, true);
    if (shown) hide(); // st.rerun() closed it: the next full run no longer drew it
    for (const view of views.values()) luminoDetach(view);
    views.clear();
    layer.remove();
  };
}

export default { render };
