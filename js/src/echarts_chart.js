// One ECharts chart, drawn by the shared ECharts library (echarts.js) on a canvas or in an SVG.
// With theme="streamlit" it follows the page's light or dark theme (ECharts' "dark" theme);
// with theme=None it keeps ECharts' own default look.
import { need } from "./lib/libraries.js";
import { applySize } from "./lib/size.js";
import { isDark, watchTheme } from "./lib/theme.js";

const DEFAULT_HEIGHT = 400;

function render({ model, el }) {
  el.classList.add("rr-echarts");
  const box = document.createElement("div");
  box.className = "rr-echarts-box";
  el.append(box);
  let chart = null;
  let echarts = null;
  let gone = false;

  function option() {
    const spec = JSON.parse(model.get("spec"));
    const alt = model.get("alt");
    if (alt) spec.aria = { ...(spec.aria || {}), enabled: true, label: { ...((spec.aria || {}).label || {}), enabled: true, description: alt } };
    if (model.get("theme") === "streamlit" && isDark() && spec.backgroundColor === undefined) spec.backgroundColor = "transparent";
    return spec;
  }

  function make() {
    if (chart) chart.dispose();
    const height = model.get("height");
    applySize(box, model.get("width"), height, `${DEFAULT_HEIGHT}px`);
    if (typeof height !== "number" && !box.clientHeight) box.style.height = `${DEFAULT_HEIGHT}px`;
    const theme = model.get("theme") === "streamlit" && isDark() ? "dark" : null;
    chart = echarts.init(box, theme, { renderer: model.get("renderer") === "svg" ? "svg" : "canvas" });
    chart.setOption(option(), true);
  }

  const resize = new ResizeObserver(() => chart && chart.resize());
  resize.observe(box);
  const unwatch = watchTheme(() => echarts && make());
  need("echarts").then((lib) => {
    if (gone) return;
    echarts = lib;
    make();
    model.on("change:spec", () => chart.setOption(option(), true));
    model.on("change:alt", () => chart.setOption(option(), true));
    for (const name of ["theme", "renderer", "width", "height"]) model.on(`change:${name}`, make);
  });
  return () => {
    gone = true;
    resize.disconnect();
    unwatch();
    if (chart) chart.dispose();
  };
}

export default { render };
