// One ECharts chart, drawn by the shared ECharts library (echarts.js) on a canvas or in an SVG.
// With theme="streamlit" it follows the page's light or dark theme (ECharts' "dark" theme);
// with theme=None it keeps ECharts' own default look.
//
// With selections (selection_activated), what ECharts selects is reported to the kernel as
// Streamlit reports it: the points its series select themselves (`selectedMode`: a click, the
// `selectchanged` event) and the brush's regions with the points inside (`brushSelected`, sent
// when a brush stroke ends), grouped per series and data type, with the brush regions in data
// coordinates. A double click clears both. The kernel checks the selection and stores it.
import { need } from "./lib/libraries.js";
import { applySize } from "./lib/size.js";
import { isDark, watchTheme } from "./lib/theme.js";

const DEFAULT_HEIGHT = 400;
const SETTLE_MS = 150; // a burst of events (a brush stroke, quick clicks) sends one selection
const TYPE_ORDER = { main: 0, node: 1, edge: 2 };

// A series' id or name as Streamlit reports it: ECharts' generated ones contain "\0".
const label = (v) => (typeof v === "number" || (typeof v === "string" && v.length > 0 && !v.includes("\0")) ? v : null);

function grouped(series, lists) {
  const groups = new Map();
  for (const items of lists) {
    for (const item of items || []) {
      if (typeof item.seriesIndex !== "number") continue;
      const type = item.dataType ?? "main";
      const id = `${item.seriesIndex}/${type}`;
      if (!groups.has(id)) groups.set(id, { index: item.seriesIndex, type, picked: new Set() });
      for (const i of [].concat(item.dataIndex ?? [])) if (typeof i === "number") groups.get(id).picked.add(i);
    }
  }
  return [...groups.values()]
    .filter((g) => g.picked.size > 0)
    .sort((a, b) => a.index - b.index || (TYPE_ORDER[a.type] ?? 3) - (TYPE_ORDER[b.type] ?? 3))
    .map((g) => {
      const s = series[g.index] || {};
      return {
        series_index: g.index,
        series_id: label(s.id),
        series_name: label(s.name),
        data_type: g.type,
        data_indices: [...g.picked].sort((a, b) => a - b),
      };
    });
}

function regions(batch) {
  return [...batch]
    .sort((a, b) => a.brushIndex - b.brushIndex)
    .flatMap((brush) =>
      (brush.areas || [])
        .filter((area) => typeof area.brushType === "string" && Array.isArray(area.coordRange))
        .map((area) => ({ brush_index: brush.brushIndex, brush_type: area.brushType, coord_range: area.coordRange })),
    );
}

function render({ model, el }) {
  el.classList.add("rr-echarts");
  const box = document.createElement("div");
  box.className = "rr-echarts-box";
  el.append(box);
  let chart = null;
  let echarts = null;
  let gone = false;
  // the selection as ECharts holds it: its native selection and the brush's last batch
  let native = [];
  let batch = [];
  let sent = JSON.stringify({ selected: [], areas: [] });
  let timer = 0;
  let quiet = false; // events caused by our own actions (a restore, a clear) are not the user's

  function option() {
    const spec = JSON.parse(model.get("spec"));
    const alt = model.get("alt");
    if (alt) spec.aria = { ...(spec.aria || {}), enabled: true, label: { ...((spec.aria || {}).label || {}), enabled: true, description: alt } };
    if (model.get("theme") === "streamlit" && isDark() && spec.backgroundColor === undefined) spec.backgroundColor = "transparent";
    return spec;
  }

  function report() {
    timer = 0;
    if (!chart || chart.isDisposed()) return;
    const series = chart.getOption().series || [];
    const selection = { selected: grouped(series, [native, ...batch.map((b) => b.selected)]), areas: regions(batch) };
    const text = JSON.stringify(selection);
    if (text === sent) return;
    sent = text;
    model.send({ event: "selection", value: { selection } });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(report, SETTLE_MS);
  }

  function act(action) {
    quiet = true;
    try {
      chart.dispatchAction(action);
    } catch (error) {
      console.warn("rerunner: ECharts refused", action.type, error);
    } finally {
      quiet = false;
    }
  }

  function clear() {
    act({ type: "brush", areas: [] });
    for (const item of native) act({ type: "unselect", seriesIndex: item.seriesIndex, dataIndex: item.dataIndex, ...(item.dataType ? { dataType: item.dataType } : {}) });
    native = [];
    batch = [];
    later();
  }

  // After the chart is made again (a new spec, theme or size), it shows what was selected.
  function restore() {
    for (const item of native) act({ type: "select", seriesIndex: item.seriesIndex, dataIndex: item.dataIndex, ...(item.dataType ? { dataType: item.dataType } : {}) });
    for (const brush of batch) if ((brush.areas || []).length) act({ type: "brush", brushIndex: brush.brushIndex, areas: brush.areas });
  }

  function listen() {
    if (!model.get("selection_activated")) return;
    chart.on("selectchanged", (event) => {
      if (quiet) return;
      native = (event.selected || []).map((s) => ({ seriesIndex: s.seriesIndex, dataType: s.dataType, dataIndex: [].concat(s.dataIndex ?? []) }));
      later();
    });
    chart.on("brushSelected", (event) => {
      if (quiet) return;
      batch = event.batch || [];
      if (batch.every((b) => !(b.areas || []).length)) later(); // the brush was cleared
    });
    chart.on("brushEnd", () => !quiet && later());
    chart.getZr().on("dblclick", clear);
  }

  function setOption() {
    chart.setOption(option(), true);
    restore();
  }

  function make() {
    if (chart) chart.dispose();
    const height = model.get("height");
    applySize(box, model.get("width"), height, `${DEFAULT_HEIGHT}px`);
    if (typeof height !== "number" && !box.clientHeight) box.style.height = `${DEFAULT_HEIGHT}px`;
    const theme = model.get("theme") === "streamlit" && isDark() ? "dark" : null;
    chart = echarts.init(box, theme, { renderer: model.get("renderer") === "svg" ? "svg" : "canvas" });
    listen();
    setOption();
  }

  const resize = new ResizeObserver(() => chart && chart.resize());
  resize.observe(box);
  const unwatch = watchTheme(() => echarts && make());
  need("echarts").then((lib) => {
    if (gone) return;
    echarts = lib;
    make();
    model.on("change:spec", setOption);
    model.on("change:alt", setOption);
    for (const name of ["theme", "renderer", "width", "height", "selection_activated"]) model.on(`change:${name}`, make);
  });
  return () => {
    gone = true;
    clearTimeout(timer);
    resize.disconnect();
    unwatch();
    if (chart) chart.dispose();
  };
}

export default { render };
