// rerunner.annotate.image: boxes or points on a picture, each with a label.
//
// Traits (all the kernel's): `src` (a data URL), `image_width`/`image_height` (the records'
// pixel space), `labels`, `mode` ("box" or "point"), `records` (the committed shapes), `fit`
// ("stretch", "content" or a width in pixels) and `disabled`. The widget edits a copy of
// `records`; after each finished gesture it sends the whole copy as {event: "records"}. The
// kernel either takes it (the app reruns and `records` comes back) or answers {event:
// "refused", message, records}: the note shows why and the copy goes back to the last good list.
//
// Pointer events serve mouse, pen and touch alike (`touch-action: none` on the drawing keeps a
// finger's drag from scrolling the page). Coordinates go through the SVG's own transform, so
// zoom and scroll never skew them.
import { clone, color, element, frame, labelBar, numberKey, tool } from "./lib/annotate.js";

const SVG = "http://www.w3.org/2000/svg";
const MIN_BOX = 2; // a drag shorter than this many image pixels is a click, not a box
const ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8];

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

const round = (v) => Math.round(v * 100) / 100;
const clamp = (v, lo, hi) => Math.min(Math.max(v, lo), hi);

function render({ model, el }) {
  const { bar, note } = frame(el, "image");
  const labels = model.get("labels");
  let records = clone(model.get("records"));
  let selected = -1;
  let drag = null;
  let zoom = 1;

  const picker = labelBar(bar, labels, (label) => {
    if (selected >= 0 && records[selected] && !model.get("disabled")) {
      records[selected].label = label;
      commit();
    }
  });
  bar.append(element("span", "rr-ann-gap"));
  tool(bar, "−", "Zoom out", () => zoomBy(-1));
  tool(bar, "+", "Zoom in", () => zoomBy(1));
  const zoomText = element("span", "rr-ann-key", "100%");
  bar.append(zoomText);
  const remove = tool(bar, "Delete", "Delete the selected shape (Delete key)", () => deleteSelected());

  const stage = element("div", "rr-ann-stage");
  const W = model.get("image_width");
  const H = model.get("image_height");
  const drawing = svg("svg", { class: "rr-ann-svg", viewBox: `0 0 ${W} ${H}`, role: "img" });
  drawing.setAttribute("aria-label", `Image of ${W} by ${H} pixels with ${model.get("mode")}es to draw`);
  const picture = svg("image", { width: W, height: H, preserveAspectRatio: "none" });
  picture.setAttribute("href", model.get("src"));
  const shapes = svg("g");
  drawing.append(picture, shapes);
  stage.append(drawing);
  el.append(stage);

  function baseScale() {
    const fit = model.get("fit");
    if (fit === "content") return 1;
    const px = Number(fit);
    if (Number.isFinite(px) && px > 0) return px / W;
    const room = stage.clientWidth || el.clientWidth || W;
    return Math.min(1e3, room / W);
  }

  function size() {
    const scale = baseScale() * zoom;
    drawing.setAttribute("width", String(Math.max(1, Math.round(W * scale))));
    drawing.setAttribute("height", String(Math.max(1, Math.round(H * scale))));
    zoomText.textContent = `${Math.round(zoom * 100)}%`;
  }

  function zoomBy(step) {
    const i = ZOOMS.indexOf(zoom);
    zoom = ZOOMS[clamp((i < 0 ? 2 : i) + step, 0, ZOOMS.length - 1)];
    size();
  }

  function toImage(event) {
    const point = drawing.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    const p = point.matrixTransform(drawing.getScreenCTM().inverse());
    return { x: clamp(p.x, 0, W), y: clamp(p.y, 0, H) };
  }

  function draw() {
    shapes.replaceChildren();
    const disabled = model.get("disabled");
    el.dataset.disabled = String(disabled);
    remove.disabled = disabled || selected < 0;
    // Handles and tags keep their size on screen whatever the zoom.
    const unit = 1 / (baseScale() * zoom || 1);
    records.forEach((r, i) => {
      const group = svg("g", { "data-index": i });
      group.style.setProperty("--rr-ann-color", color(labels, r.label));
      const isBox = "w" in r;
      const shape = isBox
        ? svg("rect", { x: r.x, y: r.y, width: r.w, height: r.h })
        : svg("circle", { cx: r.x, cy: r.y, r: 5 * unit });
      shape.setAttribute("class", `rr-ann-shape${i === selected ? " rr-ann-selected" : ""}`);
      shape.dataset.part = "body";
      const title = svg("title");
      title.textContent = r.label;
      shape.append(title);
      const tag = svg("text", { x: r.x + (isBox ? 3 * unit : 7 * unit), y: r.y + (isBox ? 13 * unit : -6 * unit), class: "rr-ann-tag" });
      // Inline style, not attributes: the style sheet's font would win over an attribute.
      tag.style.fontSize = `${12 * unit}px`;
      tag.style.strokeWidth = `${3 * unit}px`;
      tag.textContent = r.label;
      group.append(shape, tag);
      if (isBox && i === selected && !disabled) {
        for (const [cx, cy, corner] of [[r.x, r.y, "nw"], [r.x + r.w, r.y, "ne"], [r.x, r.y + r.h, "sw"], [r.x + r.w, r.y + r.h, "se"]]) {
          const handle = svg("rect", { x: cx - 5 * unit, y: cy - 5 * unit, width: 10 * unit, height: 10 * unit, class: "rr-ann-handle" });
          handle.dataset.part = corner;
          handle.style.cursor = corner === "nw" || corner === "se" ? "nwse-resize" : "nesw-resize";
          group.append(handle);
        }
      }
      shapes.append(group);
    });
  }

  function commit() {
    note.textContent = "";
    records = records.map((r) => {
      const out = { x: round(r.x), y: round(r.y) };
      if ("w" in r) Object.assign(out, { w: round(r.w), h: round(r.h) });
      out.label = r.label;
      return out;
    });
    draw();
    model.send({ event: "records", records });
  }

  function deleteSelected() {
    if (selected < 0 || model.get("disabled")) return;
    records.splice(selected, 1);
    selected = -1;
    commit();
  }

  drawing.addEventListener("pointerdown", (event) => {
    if (model.get("disabled") || event.button > 0) return;
    el.focus({ preventScroll: true });
    const at = toImage(event);
    const group = event.target.closest && event.target.closest("g[data-index]");
    const part = event.target.dataset ? event.target.dataset.part : undefined;
    if (group) {
      selected = Number(group.dataset.index);
      const r = records[selected];
      drag = part && part !== "body" ? { kind: "resize", corner: part, from: at, was: { ...r } } : { kind: "move", from: at, was: { ...r } };
    } else if (model.get("mode") === "point") {
      records.push({ x: at.x, y: at.y, label: picker.current() });
      selected = records.length - 1;
      drag = { kind: "move", from: at, was: { ...records[selected] }, fresh: true };
    } else {
      records.push({ x: at.x, y: at.y, w: 0, h: 0, label: picker.current() });
      selected = records.length - 1;
      drag = { kind: "draw", from: at };
    }
    drawing.setPointerCapture(event.pointerId);
    event.preventDefault();
    draw();
  });

  drawing.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const at = toImage(event);
    const r = records[selected];
    const dx = at.x - drag.from.x;
    const dy = at.y - drag.from.y;
    if (drag.kind === "draw") {
      Object.assign(r, { x: Math.min(at.x, drag.from.x), y: Math.min(at.y, drag.from.y), w: Math.abs(dx), h: Math.abs(dy) });
    } else if (drag.kind === "move") {
      const w = r.w || 0;
      const h = r.h || 0;
      r.x = clamp(drag.was.x + dx, 0, W - w);
      r.y = clamp(drag.was.y + dy, 0, H - h);
      drag.moved = drag.moved || Math.abs(dx) + Math.abs(dy) > 0;
    } else {
      // Resize: the corner follows the pointer, the opposite corner stays.
      const w0 = drag.was;
      const left = drag.corner.includes("w") ? at.x : w0.x;
      const right = drag.corner.includes("e") ? at.x : w0.x + w0.w;
      const top = drag.corner.includes("n") ? at.y : w0.y;
      const bottom = drag.corner.includes("s") ? at.y : w0.y + w0.h;
      Object.assign(r, { x: Math.min(left, right), y: Math.min(top, bottom), w: Math.abs(right - left), h: Math.abs(bottom - top) });
      drag.moved = true;
    }
    draw();
  });

  function finish() {
    if (!drag) return;
    const done = drag;
    drag = null;
    const r = records[selected];
    if (done.kind === "draw") {
      if (r.w < MIN_BOX || r.h < MIN_BOX) {
        records.splice(selected, 1); // a click on the picture: deselect, draw nothing
        selected = -1;
        draw();
        return;
      }
      commit();
    } else if (done.fresh || done.moved) {
      if (r && "w" in r && (r.w < MIN_BOX || r.h < MIN_BOX)) Object.assign(r, done.was);
      commit();
    } else {
      draw(); // a click on a shape only selects it
    }
  }
  drawing.addEventListener("pointerup", finish);
  drawing.addEventListener("pointercancel", finish);

  drawing.addEventListener(
    "wheel",
    (event) => {
      if (!event.ctrlKey) return; // a plain wheel scrolls the page as usual
      event.preventDefault();
      zoomBy(event.deltaY < 0 ? 1 : -1);
    },
    { passive: false },
  );

  el.addEventListener("keydown", (event) => {
    const n = numberKey(event);
    if (n >= 0) {
      picker.choose(n);
      event.preventDefault();
    } else if ((event.key === "Delete" || event.key === "Backspace") && selected >= 0) {
      deleteSelected();
      event.preventDefault();
    } else if (event.key === "Escape") {
      selected = -1;
      draw();
    } else if (event.key === "+" || event.key === "=") {
      zoomBy(1);
    } else if (event.key === "-") {
      zoomBy(-1);
    }
  });

  const refused = (msg) => {
    if (!msg || msg.event !== "refused") return;
    records = clone(msg.records);
    selected = -1;
    note.textContent = msg.message;
    draw();
  };
  const changed = () => {
    records = clone(model.get("records"));
    if (selected >= records.length) selected = -1;
    draw();
  };
  model.on("msg:custom", refused);
  model.on("change:records", changed);
  model.on("change:disabled", draw);
  model.on("change:fit", () => (size(), draw()));
  const resized = new ResizeObserver(() => (size(), draw()));
  resized.observe(el);
  size();
  draw();
  return () => {
    resized.disconnect();
    model.off("msg:custom", refused);
    model.off("change:records", changed);
    model.off("change:disabled", draw);
  };
}

export default { render };
