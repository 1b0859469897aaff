// rerunner's Plotly chart: st.plotly_chart, drawn by plotly.js.
//
// plotly.js is not bundled here (4.8 MB): the kernel sends the copy the `plotly` package ships
// as the text of one shared model per kernel, named by every chart's `library` trait. The text
// is evaluated once per page (a CommonJS-style `module` handed to its UMD wrapper, so whatever
// AMD loader the page has is left alone) and every chart of the page waits for that one copy.
//
// Width "stretch" is the measured width of this widget's element (ResizeObserver); height
// "stretch" its measured height. theme="streamlit" puts Streamlit's colours and a transparent
// background into the figure's template, following the page's light or dark theme.
// Selections follow Streamlit's own front end: the same click, drag and mode-bar settings, and
// the same selection object ({"selection": {points, point_indices, box, lasso}}, point fields in
// snake case, `data`/`fullData` dropped), sent as a custom message when it changes.
// After each draw an SVG of the chart goes into `image` for a saved notebook.
import { applySize } from "./lib/size.js";
import { isDark, watchTheme } from "./lib/theme.js";

const EMPTY = { selection: { points: [], point_indices: [], box: [], lasso: [] } };
const EMPTY_TEXT = JSON.stringify(EMPTY);
const MIN_WIDTH = 150;
const DEFAULT_HEIGHT = 450;

const LIGHT = {
  colorway: ["#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d", "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5"],
  text: "#31333F",
  grid: "rgba(49, 51, 63, 0.15)",
};
const DARK = {
  colorway: ["#83c9ff", "#0068c9", "#ffabab", "#ff2b2b", "#7defa1", "#29b09d", "#ffd16a", "#ff8700", "#6d3fc0", "#d5dae5"],
  text: "#FAFAFA",
  grid: "rgba(250, 250, 250, 0.2)",
};

const pages = (globalThis.__rerunnerPlotly ??= new Map()); // plotly.js text -> Plotly (promise)

async function plotlyFrom(model) {
  const ref = String(model.get("library") || "").replace("IPY_MODEL_", "");
  const library = await model.widget_manager.get_model(ref);
  const text = library.get("text");
  if (!pages.has(text)) {
    pages.set(text, Promise.resolve().then(() => {
      const module = { exports: {} };
      new Function("module", "exports", text)(module, module.exports);
      return module.exports;
    }));
  }
  return pages.get(text);
}

// Streamlit's key conversion: camelCase to snake_case, the first "." to "_", nested alike.
function snake(key) {
  if (key.length < 2) return key;
  return key
    .replaceAll(/([\p{Lowercase_Letter}\d])(\p{Uppercase_Letter})/gu, "$1_$2")
    .replaceAll(/((?<![\p{Uppercase_Letter}\d])[\p{Uppercase_Letter}\d](?![\p{Uppercase_Letter}\d]))/gu, (c) => c.toLowerCase())
    .replaceAll(/(?<!\p{Uppercase_Letter})(\p{Uppercase_Letter}+)(\p{Uppercase_Letter}\p{Lowercase_Letter}+)/gu, (_, a, b) => `${a}_${b.toLowerCase()}`);
}

function snakeKeys(obj) {
  const out = {};
  for (const [key, value] of Object.entries(obj)) {
    let v = value;
    if (v && typeof v === "object" && !Array.isArray(v)) v = snakeKeys(v);
    if (Array.isArray(v)) v = v.map((item) => (item && typeof item === "object" ? snakeKeys(item) : item));
    out[snake(key).replace(".", "_")] = v;
  }
  return out;
}

function legendgroup(data) {
  if (!data || typeof data !== "object") return undefined;
  const group = data.legendgroup;
  return group === null || group === undefined || group === "" ? undefined : group;
}

function lassoPath(path) {
  if (path === "") return { x: [], y: [] };
  const x = [];
  const y = [];
  for (const pair of path.replace("M", "").replace("Z", "").split("L")) {
    const [a, b] = pair.split(",").map(Number);
    x.push(a);
    y.push(b);
  }
  return { x, y };
}

function boxRange(s) {
  return "x0" in s && "x1" in s && "y0" in s && "y1" in s ? { x: [s.x0, s.x1], y: [s.y0, s.y1] } : { x: [], y: [] };
}

// The selection object of a `plotly_selected` event, or null when the event is to be ignored.
export function selectionOf(event, modes) {
  if (!event) return null;
  const state = { selection: { points: [], point_indices: [], box: [], lasso: [] } };
  const indices = new Set();
  const points = [];
  for (const point of event.points || []) {
    points.push({ ...point, legendgroup: legendgroup(point.data), data: undefined, fullData: undefined });
    if (point.pointIndex !== null && point.pointIndex !== undefined) indices.add(point.pointIndex);
    if (Array.isArray(point.pointIndices)) point.pointIndices.forEach((i) => indices.add(i));
  }
  for (const s of event.selections || []) {
    if (s.type === "rect") {
      const r = boxRange(s);
      state.selection.box.push({ xref: s.xref, yref: s.yref, x: r.x, y: r.y });
    }
    if (s.type === "path" && s.path !== null && s.path !== undefined && s.path !== "") {
      const r = lassoPath(s.path);
      state.selection.lasso.push({ xref: s.xref, yref: s.yref, x: r.x, y: r.y });
    }
  }
  state.selection.point_indices = Array.from(indices);
  state.selection.points = points.map(snakeKeys);
  if (state.selection.box.length > 0 && !modes.includes("box")) return null;
  if (state.selection.lasso.length > 0 && !modes.includes("lasso")) return null;
  return state;
}

// A click on a hierarchical chart (sunburst, treemap, icicle): the one point clicked.
function clickedOf(event) {
  if (!event || !event.points || !event.points.length) return null;
  const p = event.points[0];
  if (p.id === undefined || p.parent === undefined) return null;
  const point = snakeKeys({
    label: p.label, id: p.id, parent: p.parent, value: p.value, currentPath: p.currentPath,
    percentRoot: p.percentRoot, percentEntry: p.percentEntry, percentParent: p.percentParent,
    pointNumber: p.pointNumber, curveNumber: p.curveNumber,
  });
  const indices = p.pointNumber !== null && p.pointNumber !== undefined ? [p.pointNumber] : [];
  return { selection: { points: [point], point_indices: indices, box: [], lasso: [] } };
}

function isObject(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

// Streamlit's look, as the figure's template: what the figure sets itself still wins.
function themed(layout, dark) {
  const look = dark ? DARK : LIGHT;
  const template = isObject(layout.template) ? { ...layout.template } : {};
  const base = isObject(template.layout) ? template.layout : {};
  const axis = (a) => ({ ...(isObject(a) ? a : {}), gridcolor: look.grid, linecolor: look.grid, zerolinecolor: look.grid,
    tickfont: { ...((isObject(a) && a.tickfont) || {}), color: look.text }, title: { ...((isObject(a) && isObject(a.title) && a.title) || {}), font: { color: look.text } } });
  template.layout = {
    ...base,
    colorway: look.colorway,
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    font: { ...(base.font || {}), color: look.text },
    xaxis: axis(base.xaxis),
    yaxis: axis(base.yaxis),
    legend: { ...(base.legend || {}), font: { color: look.text } },
    hoverlabel: { ...(base.hoverlabel || {}), font: { ...((base.hoverlabel && base.hoverlabel.font) || {}) } },
  };
  const out = { ...layout, template };
  if (isObject(layout.title) && typeof layout.title.text === "string" && !layout.title.text.startsWith("<b>")) {
    out.title = { ...layout.title, text: `<b>${layout.title.text}</b>` };
  }
  return out;
}

function render({ model, el }) {
  el.classList.add("rr-plotly");
  const box = document.createElement("div");
  box.className = "rr-plotly-box";
  el.append(box);
  let Plotly = null;
  let gone = false;
  let drawn = false;
  // The selection as the kernel last had it, or as last reported: only a change is sent.
  const kernelSelection = () => {
    const text = model.get("selection");
    return text ? JSON.stringify(JSON.parse(text)) : EMPTY_TEXT;
  };
  let sent = kernelSelection();
  let measured = 0;
  let clearing = null;

  function modes() {
    return model.get("selection_mode") || [];
  }

  function send(state) {
    const text = JSON.stringify(state);
    if (text === sent) return;
    sent = text;
    model.send({ event: "selection", value: JSON.parse(text) });
  }

  function layoutFor(spec) {
    let layout = isObject(spec.layout) ? { ...spec.layout } : {};
    if (model.get("theme") === "streamlit") layout = themed(layout, isDark());
    const m = modes();
    const active = m.length > 0;
    const points = m.includes("points");
    if (active) {
      // Streamlit's defaults: pan with point clicks, else box or lasso dragging
      layout.clickmode ??= points ? "event+select" : "none";
      layout.hovermode ??= "closest";
      layout.dragmode ??= points ? "pan" : m.includes("box") ? "select" : m.includes("lasso") ? "lasso" : "pan";
    }
    const width = model.get("width");
    layout.width = typeof width === "number" ? width : Math.max(measured || box.clientWidth || 0, MIN_WIDTH);
    const height = model.get("height");
    layout.height = typeof height === "number" ? height : box.clientHeight >= 10 ? box.clientHeight : DEFAULT_HEIGHT;
    layout.autosize = false;
    return layout;
  }

  function configFor() {
    const config = { ...(model.get("config") || {}) };
    config.showSendToCloud ??= false;
    config.displaylogo ??= false;
    const remove = Array.isArray(config.modeBarButtonsToRemove) ? [...config.modeBarButtonsToRemove] : [];
    const add = (name) => remove.includes(name) || remove.push(name);
    const m = modes();
    if (!m.includes("lasso")) add("lasso2d");
    if (!m.includes("box")) add("select2d");
    if (config.showSendToCloud !== true) add("sendChartToCloud");
    config.modeBarButtonsToRemove = remove;
    return config;
  }

  async function picture() {
    try {
      const url = await Plotly.toImage(box, { format: "svg", width: box._fullLayout.width, height: box._fullLayout.height });
      const svg = decodeURIComponent(url.slice(url.indexOf(",") + 1));
      if (!gone && svg !== model.get("image")) {
        model.set("image", svg);
        model.save_changes();
      }
    } catch (e) {
      // a chart that cannot be exported as SVG keeps no picture; the live chart is unaffected
    }
  }

  async function draw() {
    if (!Plotly || gone) return;
    const spec = model.get("spec") || {};
    const figure = { data: spec.data || [], layout: layoutFor(spec), config: configFor() };
    if (spec.frames) figure.frames = spec.frames;
    await Plotly.react(box, figure);
    if (!drawn) {
      drawn = true;
      box.on("plotly_selected", (event) => {
        const state = selectionOf(event, modes());
        if (state && modes().length) send(state);
      });
      box.on("plotly_click", (event) => {
        if (!modes().includes("points")) return;
        const state = clickedOf(event);
        if (state) send(state);
      });
      box.on("plotly_deselect", () => modes().length && send(EMPTY));
      box.on("plotly_doubleclick", () => {
        if (!modes().length) return;
        send(EMPTY);
        clearTimeout(clearing);
        clearing = setTimeout(() => {
          if (gone) return;
          const data = box.data.map(() => null);
          Plotly.restyle(box, { selectedpoints: data });
          Plotly.relayout(box, { selections: [] });
        }, 50);
      });
      box.on("plotly_relayout", (event) => {
        // a mode-bar switch of the drag mode: box and lasso drag, else clicks select
        if (!event || !("dragmode" in event) || !modes().length) return;
        const mode = event.dragmode === "select" || event.dragmode === "lasso" ? "event" : modes().includes("points") ? "event+select" : "none";
        if (box.layout.clickmode !== mode) Plotly.relayout(box, { clickmode: mode });
      });
    }
    picture();
  }

  function describe() {
    const alt = (model.get("alt") || "").trim();
    if (alt) {
      el.setAttribute("role", "figure");
      el.setAttribute("aria-label", alt);
    } else {
      el.removeAttribute("role");
      el.removeAttribute("aria-label");
    }
  }

  function size() {
    const height = model.get("height");
    applySize(box, model.get("width"), height, `${DEFAULT_HEIGHT}px`);
    box.style.overflow = "visible";
  }

  size();
  describe();
  const resize = new ResizeObserver(() => {
    const width = Math.round(box.clientWidth);
    if (!Plotly || !drawn || width === measured) return;
    measured = width;
    if (typeof model.get("width") !== "number" || model.get("height") === "stretch") {
      Plotly.relayout(box, { width: Math.max(width, MIN_WIDTH), height: layoutFor(model.get("spec") || {}).height });
    }
  });
  resize.observe(box);
  const unwatch = watchTheme(() => draw());
  const redraw = () => {
    size();
    draw();
  };
  for (const name of ["spec", "config", "theme", "selection_mode", "width", "height"]) model.on(`change:${name}`, redraw);
  model.on("change:alt", describe);
  model.on("change:selection", () => (sent = kernelSelection()));
  plotlyFrom(model).then((lib) => {
    Plotly = lib;
    measured = Math.round(box.clientWidth);
    draw();
  });
  return () => {
    gone = true;
    clearTimeout(clearing);
    resize.disconnect();
    unwatch();
    if (Plotly) Plotly.purge(box);
  };
}

export default { render };
