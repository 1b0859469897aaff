// st.map and st.pydeck_chart: a small canvas renderer for the layers the kernel has already
// resolved into plain coordinates (scatter points, paths, polygons), on a plain background (no
// map tiles: nothing is fetched), in Web Mercator as deck.gl draws it (a world 512 * 2^zoom
// pixels wide). Dragging pans, the wheel or a pinch zooms about the pointer, the +/- buttons
// zoom about the centre. The view is the visitor's: a rerun with the same initial view keeps it.
//
// With selections (selection_mode set, st.pydeck_chart's on_select), a click (a press and release
// that did not pan) on an object of a selectable layer selects it as Streamlit's chart does:
// "single-object" takes that one object (clicking it again clears), "multi-object" adds or
// removes it; a click beside every object, or the "Clear selection" button, clears. The new
// indices per layer id go to the kernel as a message; the kernel's value comes back in the
// `selection` trait, and while it holds anything the unselected objects are drawn faded.
import { isDark, watchTheme } from "./lib/theme.js";

const EARTH = 40075016.686; // metres around the equator
const MAX_LAT = 85.051129;

function project(lon, lat, scale) {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [((lon + 180) / 360) * scale, (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * scale];
}

function unproject(x, y, scale) {
  const lon = (x / scale) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / scale))) * 180) / Math.PI;
  return [lon, lat];
}

function rgba(color, opacity) {
  if (!Array.isArray(color)) return "rgba(0,0,0,0)";
  const [r, g, b, a = 255] = color;
  return `rgba(${r},${g},${b},${((a / 255) * opacity).toFixed(3)})`;
}

function segment(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx || dy ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function inside(px, py, ring) {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

// A per-object value: a list of one value per object, or one value for all.
const each = (value, i, perObject) => (perObject ? value[i] : value);

// An object's colour while a selection is shown: opaque when selected, faded when not.
function marked(color, selected) {
  if (selected === undefined || !Array.isArray(color)) return color;
  return [color[0], color[1], color[2], selected ? 255 : 102];
}

const STYLE = `
.rr-map-box { position: relative; overflow: hidden; border-radius: 0.5rem; outline: none; }
.rr-map-canvas { display: block; touch-action: none; cursor: grab; }
.rr-map-dragging .rr-map-canvas { cursor: grabbing; }
.rr-map-buttons { position: absolute; top: 8px; right: 8px; display: flex; flex-direction: column; gap: 4px; }
.rr-map-tooltip { position: absolute; pointer-events: none; z-index: 2; max-width: 300px;
  padding: 6px 8px; border-radius: 4px; font-size: 13px; white-space: pre-wrap;
  background: rgba(38, 39, 48, 0.92); color: #fafafa; }
.rr-map-clear { position: absolute; top: 8px; left: 8px; padding: 4px 8px; border-radius: 4px;
  border: 1px solid rgba(128,128,128,0.5); background: var(--jp-layout-color1, #fff);
  color: var(--jp-ui-font-color1, #31333f); font-size: 13px; cursor: pointer; }
.rr-map-zoom { width: 28px; height: 28px; border-radius: 4px; border: 1px solid rgba(128,128,128,0.5);
  background: var(--jp-layout-color1, #fff); color: var(--jp-ui-font-color1, #31333f); font-size: 16px;
  line-height: 1; cursor: pointer; padding: 0; }
`;

function addStyle() {
  if (document.getElementById("rr-map-style")) return;
  const style = document.createElement("style");
  style.id = "rr-map-style";
  style.textContent = STYLE;
  document.head.append(style);
}

function render({ model, el }) {
  addStyle();
  el.classList.add("rr-map");
  const box = document.createElement("div");
  box.className = "rr-map-box";
  box.tabIndex = 0;
  const canvas = document.createElement("canvas");
  canvas.className = "rr-map-canvas";
  const zoomIn = document.createElement("button");
  const zoomOut = document.createElement("button");
  zoomIn.type = zoomOut.type = "button";
  zoomIn.textContent = "+";
  zoomOut.textContent = "\u2212";
  zoomIn.className = zoomOut.className = "rr-map-zoom";
  zoomIn.setAttribute("aria-label", "Zoom in");
  zoomOut.setAttribute("aria-label", "Zoom out");
  const buttons = document.createElement("div");
  buttons.className = "rr-map-buttons";
  buttons.append(zoomIn, zoomOut);
  const tip = document.createElement("div");
  tip.className = "rr-map-tooltip";
  tip.hidden = true;
  const clearButton = document.createElement("button");
  clearButton.type = "button";
  clearButton.className = "rr-map-clear";
  clearButton.textContent = "Clear selection";
  clearButton.hidden = true;
  box.append(canvas, buttons, clearButton, tip);
  el.append(box);

  let view = null; // {longitude, latitude, zoom}
  let hits = []; // what the last frame drew that has a tooltip or can be selected, bottom to top
  // The selection shown: the kernel's, or the one just clicked while the kernel reruns.
  let chosen = {};
  let initial = "";
  let frame = 0;

  function spec() {
    return model.get("spec") || {};
  }

  function layout() {
    const width = model.get("width");
    const height = model.get("height");
    box.style.width = typeof width === "number" ? `${width}px` : "100%";
    box.style.maxWidth = "100%";
    box.style.height = typeof height === "number" ? `${height}px` : "100%";
    if (typeof height !== "number") box.style.minHeight = "500px";
    const alt = model.get("alt");
    canvas.setAttribute("role", "img");
    if (alt) canvas.setAttribute("aria-label", alt);
    else canvas.removeAttribute("aria-label");
  }

  function resetView() {
    const v = spec().view || {};
    const key = JSON.stringify(v);
    if (key === initial && view) return;
    initial = key;
    view = { longitude: +v.longitude || 0, latitude: +v.latitude || 0, zoom: +v.zoom || 0 };
  }

  function schedule() {
    if (!frame) frame = requestAnimationFrame(draw);
  }

  function center(scale) {
    return project(view.longitude, view.latitude, scale);
  }

  function draw() {
    frame = 0;
    const dpr = globalThis.devicePixelRatio || 1;
    const w = box.clientWidth;
    const h = box.clientHeight;
    if (!w || !h) return;
    if (canvas.width !== Math.round(w * dpr) || canvas.height !== Math.round(h * dpr)) {
      canvas.width = Math.round(w * dpr);
      canvas.height = Math.round(h * dpr);
    }
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
    const ctx = canvas.getContext("2d");
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const dark = isDark();
    ctx.fillStyle = dark ? "#0e1117" : "#f0f2f6";
    ctx.fillRect(0, 0, w, h);
    const scale = 512 * 2 ** view.zoom;
    const [cx, cy] = center(scale);
    const toScreen = (lon, lat) => {
      const [x, y] = project(lon, lat, scale);
      return [x - cx + w / 2, y - cy + h / 2];
    };
    graticule(ctx, w, h, scale, cx, cy, dark, toScreen);
    hits = [];
    const active = Object.values(chosen).some((picked) => picked.length);
    for (const layer of spec().layers || []) {
      const picked = new Set(chosen[layer.id] || []);
      layer.isSelected = active ? (i) => picked.has(i) : () => undefined;
    }
    clearButton.hidden = !active;
    const metres = (lat) => scale / (EARTH * Math.cos((lat * Math.PI) / 180)); // pixels per metre
    for (const layer of spec().layers || []) {
      if (layer.visible === false) continue;
      const opacity = layer.opacity ?? 1;
      if (layer.type === "scatter") drawPoints(ctx, layer, opacity, toScreen, metres, scale);
      else if (layer.type === "path") drawPaths(ctx, layer, opacity, toScreen, metres, scale);
      else if (layer.type === "polygon") drawPolygons(ctx, layer, opacity, toScreen, metres, scale);
    }
    box.dataset.view = JSON.stringify(view);
  }

  function graticule(ctx, w, h, scale, cx, cy, dark, toScreen) {
    const [west, north] = unproject(cx - w / 2, cy - h / 2, scale);
    const [east, south] = unproject(cx + w / 2, cy + h / 2, scale);
    const span = Math.max(east - west, 1e-9);
    const step = [90, 45, 30, 10, 5, 2, 1, 0.5, 0.25, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001, 0.0005, 0.0002, 0.0001].find((s) => span / s >= 4) || 0.0001;
    ctx.strokeStyle = dark ? "rgba(250,250,250,0.12)" : "rgba(49,51,63,0.12)";
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (let lon = Math.ceil(west / step) * step; lon <= east; lon += step) {
      const [x] = toScreen(lon, 0);
      ctx.moveTo(x, 0);
      ctx.lineTo(x, h);
    }
    for (let lat = Math.ceil(Math.max(south, -MAX_LAT) / step) * step; lat <= Math.min(north, MAX_LAT); lat += step) {
      const [, y] = toScreen(0, lat);
      ctx.moveTo(0, y);
      ctx.lineTo(w, y);
    }
    ctx.stroke();
  }

  function pixels(value, units, lat, metres, scale, min, max) {
    let px = units === "pixels" ? value : units === "common" ? (value * scale) / 512 : value * metres(lat);
    if (min !== undefined && min !== null) px = Math.max(px, min);
    if (max !== undefined && max !== null) px = Math.min(px, max);
    return px;
  }

  function drawPoints(ctx, layer, opacity, toScreen, metres, scale) {
    const n = layer.positions.length;
    for (let i = 0; i < n; i++) {
      const p = layer.positions[i];
      if (!p) continue;
      const [x, y] = toScreen(p[0], p[1]);
      const r0 = pixels(each(layer.radius, i, layer.radius_each) * (layer.radius_scale ?? 1), layer.radius_units, p[1], metres, scale, layer.radius_min_pixels, layer.radius_max_pixels);
      const r = Math.max(r0, 0);
      if (layer.tooltips || layer.selectable) hits.push({ layer, i, test: (px, py) => Math.hypot(px - x, py - y) <= r + 1 });
      const selected = layer.isSelected(i);
      ctx.beginPath();
      ctx.arc(x, y, r, 0, 2 * Math.PI);
      if (layer.filled !== false) {
        ctx.fillStyle = rgba(marked(each(layer.fill, i, layer.fill_each), selected), opacity);
        ctx.fill();
      }
      if (layer.stroked) {
        ctx.lineWidth = pixels(each(layer.line_width, i, layer.line_width_each) * (layer.line_width_scale ?? 1), layer.line_width_units, p[1], metres, scale, layer.line_width_min_pixels, layer.line_width_max_pixels);
        ctx.strokeStyle = rgba(marked(each(layer.line, i, layer.line_each), selected), opacity);
        ctx.stroke();
      }
    }
  }

  function trace(ctx, ring, toScreen) {
    ring.forEach((p, j) => {
      const [x, y] = toScreen(p[0], p[1]);
      if (j) ctx.lineTo(x, y);
      else ctx.moveTo(x, y);
    });
  }

  function drawPaths(ctx, layer, opacity, toScreen, metres, scale) {
    ctx.lineJoin = ctx.lineCap = "round";
    layer.paths.forEach((path, i) => {
      if (!path || path.length < 2) return;
      ctx.beginPath();
      trace(ctx, path, toScreen);
      ctx.lineWidth = pixels(each(layer.width, i, layer.width_each) * (layer.width_scale ?? 1), layer.width_units, path[0][1], metres, scale, layer.width_min_pixels, layer.width_max_pixels);
      if (layer.tooltips || layer.selectable) {
        const points = path.map((p) => toScreen(p[0], p[1]));
        const reach = Math.max(ctx.lineWidth / 2, 3);
        hits.push({ layer, i, test: (px, py) => points.some((a, j) => j && segment(px, py, points[j - 1], a) <= reach) });
      }
      ctx.strokeStyle = rgba(marked(each(layer.color, i, layer.color_each), layer.isSelected(i)), opacity);
      ctx.stroke();
    });
  }

  function drawPolygons(ctx, layer, opacity, toScreen, metres, scale) {
    layer.polygons.forEach((rings, i) => {
      if (!rings || !rings.length) return;
      ctx.beginPath();
      for (const ring of rings) {
        trace(ctx, ring, toScreen);
        ctx.closePath();
      }
      if (layer.tooltips || layer.selectable) {
        const screen = rings.map((ring) => ring.map((p) => toScreen(p[0], p[1])));
        hits.push({ layer, i, test: (px, py) => screen.filter((ring) => inside(px, py, ring)).length % 2 === 1 });
      }
      const selected = layer.isSelected(i);
      if (layer.filled !== false) {
        ctx.fillStyle = rgba(marked(each(layer.fill, i, layer.fill_each), selected), opacity);
        ctx.fill("evenodd");
      }
      if (layer.stroked !== false) {
        ctx.lineWidth = pixels(each(layer.line_width, i, layer.line_width_each) * (layer.line_width_scale ?? 1), layer.line_width_units, rings[0][0][1], metres, scale, layer.line_width_min_pixels, layer.line_width_max_pixels);
        ctx.strokeStyle = rgba(marked(each(layer.line, i, layer.line_each), selected), opacity);
        ctx.stroke();
      }
    });
  }

  // --- interaction: the view moves, the kernel is never told -------------------------------
  const pointers = new Map();
  let pinch = 0;

  function panBy(dx, dy) {
    const scale = 512 * 2 ** view.zoom;
    const [x, y] = center(scale);
    [view.longitude, view.latitude] = unproject(x - dx, y - dy, scale);
    view.longitude = ((((view.longitude + 180) % 360) + 360) % 360) - 180;
    schedule();
  }

  function zoomAbout(factor, px, py) {
    const w = box.clientWidth;
    const h = box.clientHeight;
    const scale = 512 * 2 ** view.zoom;
    const [cx, cy] = center(scale);
    const anchor = unproject(cx + px - w / 2, cy + py - h / 2, scale);
    view.zoom = Math.max(0, Math.min(22, view.zoom + Math.log2(factor)));
    const next = 512 * 2 ** view.zoom;
    const [ax, ay] = project(anchor[0], anchor[1], next);
    [view.longitude, view.latitude] = unproject(ax - px + w / 2, ay - py + h / 2, next);
    schedule();
  }

  const spread = () => {
    const [a, b] = [...pointers.values()];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };

  // --- selections: a click that did not pan ------------------------------------------------
  let press = null; // where the only pointer went down, while it may still be a click

  function send(indices) {
    chosen = indices;
    schedule();
    model.send({ event: "selection", value: { selection: { indices } } });
  }

  function pick(event) {
    const rect = canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const hit = [...hits].reverse().find((h) => h.layer.selectable && h.test(px, py));
    let next;
    if (!hit) next = {};
    else if (model.get("selection_mode") === "multi-object") {
      const picked = new Set(chosen[hit.layer.id] || []);
      if (picked.has(hit.i)) picked.delete(hit.i);
      else picked.add(hit.i);
      next = { ...chosen, [hit.layer.id]: [...picked] };
      if (!picked.size) delete next[hit.layer.id];
    } else {
      const [first] = chosen[hit.layer.id] || [];
      next = first === hit.i ? {} : { [hit.layer.id]: [hit.i] };
    }
    if (JSON.stringify(next) !== JSON.stringify(chosen)) send(next);
  }

  clearButton.addEventListener("click", () => send({}));

  canvas.addEventListener("pointerdown", (event) => {
    press = pointers.size === 0 && model.get("selection_mode") ? { x: event.clientX, y: event.clientY } : null;
    canvas.setPointerCapture(event.pointerId);
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 2) pinch = spread();
    box.classList.add("rr-map-dragging");
  });
  function hover(event) {
    const rect = canvas.getBoundingClientRect();
    const px = event.clientX - rect.left;
    const py = event.clientY - rect.top;
    const hit = [...hits].reverse().find((h) => h.layer.tooltips && h.test(px, py));
    if (!hit) {
      tip.hidden = true;
      return;
    }
    const text = hit.layer.tooltips[hit.i];
    // HTML tooltips were sanitised in the kernel (render/diagrams.py), as st.html's body is.
    if (hit.layer.tooltip_html) tip.innerHTML = text;
    else tip.textContent = text;
    tip.removeAttribute("style");
    Object.assign(tip.style, hit.layer.tooltip_style || {});
    tip.hidden = false;
    tip.style.left = `${Math.min(px + 12, Math.max(0, box.clientWidth - tip.offsetWidth))}px`;
    tip.style.top = `${Math.min(py + 12, Math.max(0, box.clientHeight - tip.offsetHeight))}px`;
  }

  canvas.addEventListener("pointerleave", () => (tip.hidden = true));
  canvas.addEventListener("pointermove", (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return hover(event);
    if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) > 4) press = null;
    if (press) return;
    tip.hidden = true;
    if (pointers.size === 1) panBy(event.clientX - last.x, event.clientY - last.y);
    last.x = event.clientX;
    last.y = event.clientY;
    if (pointers.size === 2) {
      const now = spread();
      const rect = canvas.getBoundingClientRect();
      const [a, b] = [...pointers.values()];
      if (pinch > 0 && now > 0) zoomAbout(now / pinch, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
      pinch = now;
    }
  });
  const release = (event) => {
    if (event.type === "pointerup" && press && pointers.size === 1) pick(event);
    press = null;
    pointers.delete(event.pointerId);
    pinch = 0;
    if (!pointers.size) box.classList.remove("rr-map-dragging");
  };
  canvas.addEventListener("pointerup", release);
  canvas.addEventListener("pointercancel", release);
  canvas.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      const rect = canvas.getBoundingClientRect();
      zoomAbout(2 ** (-event.deltaY / 300), event.clientX - rect.left, event.clientY - rect.top);
    },
    { passive: false },
  );
  zoomIn.addEventListener("click", () => zoomAbout(2, box.clientWidth / 2, box.clientHeight / 2));
  zoomOut.addEventListener("click", () => zoomAbout(0.5, box.clientWidth / 2, box.clientHeight / 2));
  box.addEventListener("keydown", (event) => {
    const moves = { ArrowLeft: [60, 0], ArrowRight: [-60, 0], ArrowUp: [0, 60], ArrowDown: [0, -60] };
    if (moves[event.key]) panBy(...moves[event.key]);
    else if (event.key === "+" || event.key === "=") zoomAbout(2, box.clientWidth / 2, box.clientHeight / 2);
    else if (event.key === "-") zoomAbout(0.5, box.clientWidth / 2, box.clientHeight / 2);
    else return;
    event.preventDefault();
  });

  const resize = new ResizeObserver(schedule);
  resize.observe(box);
  const unwatch = watchTheme(schedule);
  model.on("change:spec", () => {
    resetView();
    schedule();
  });
  model.on("change:selection", () => {
    chosen = model.get("selection") || {};
    schedule();
  });
  for (const name of ["width", "height", "alt"]) {
    model.on(`change:${name}`, () => {
      layout();
      schedule();
    });
  }
  chosen = model.get("selection") || {};
  layout();
  resetView();
  schedule();
  return () => {
    resize.disconnect();
    unwatch();
    if (frame) cancelAnimationFrame(frame);
  };
}

export default { render };
