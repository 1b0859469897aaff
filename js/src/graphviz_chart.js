// One Graphviz drawing: the DOT source laid out by the shared Graphviz library (viz.js) into an
// SVG. Graphviz draws with the graph's own colours, as Streamlit's chart does, in either theme.
import { need } from "./lib/libraries.js";
import { applySize } from "./lib/size.js";
import { isDark, watchTheme } from "./lib/theme.js";

// A Mermaid chart follows the page's theme (Graphviz charts keep their colours, as
// Streamlit's do): in a dark theme, the parts the diagram did not style itself are recoloured.
const DARK = `
.rr-graphviz-dark .node:not(.rr-styled) polygon, .rr-graphviz-dark .node:not(.rr-styled) ellipse,
.rr-graphviz-dark .node:not(.rr-styled) path { fill: #1f2020; stroke: #cccccc; }
.rr-graphviz-dark .node:not(.rr-styled) text, .rr-graphviz-dark .edge text,
.rr-graphviz-dark .cluster text, .rr-graphviz-dark > svg > g > text { fill: #e0e0e0; }
.rr-graphviz-dark .edge path { stroke: #cccccc; }
.rr-graphviz-dark .edge polygon, .rr-graphviz-dark .edge ellipse { fill: #cccccc; stroke: #cccccc; }
.rr-graphviz-dark .cluster polygon { fill: #2a2b2d; stroke: #777777; }
`;

function addStyle() {
  if (document.getElementById("rr-graphviz-style")) return;
  const style = document.createElement("style");
  style.id = "rr-graphviz-style";
  style.textContent = DARK;
  document.head.append(style);
}

function render({ model, el }) {
  el.classList.add("rr-graphviz");
  const box = document.createElement("div");
  box.className = "rr-graphviz-box";
  el.append(box);
  let drawn = 0;
  addStyle();
  const theme = () => box.classList.toggle("rr-graphviz-dark", !!model.get("follow_theme") && isDark());
  const unwatch = watchTheme(theme);

  async function draw() {
    const ticket = ++drawn;
    const viz = await need("viz");
    if (ticket !== drawn) return;
    applySize(box, model.get("width"), model.get("height"));
    theme();
    let svg;
    try {
      svg = viz.renderSVGElement(model.get("dot"), { engine: model.get("engine") || "dot" });
    } catch (error) {
      const message = document.createElement("pre");
      message.className = "rr-graphviz-error";
      message.textContent = String((error && error.message) || error);
      box.replaceChildren(message);
      return;
    }
    svg.setAttribute("role", "img");
    const alt = model.get("alt");
    if (alt) svg.setAttribute("aria-label", alt);
    svg.style.maxWidth = "100%";
    svg.style.height = "auto";
    // A Graphviz chart scales to a "stretch" or pixel width, as Streamlit's does; a Mermaid
    // chart keeps its natural size within that width, as Mermaid's useMaxWidth draws it.
    if (model.get("width") !== "content" && !model.get("follow_theme")) {
      svg.setAttribute("width", "100%");
      svg.removeAttribute("height");
    }
    box.replaceChildren(svg);
  }

  for (const name of ["dot", "engine", "width", "height", "alt", "follow_theme"]) model.on(`change:${name}`, draw);
  draw();
  return () => {
    drawn++;
    unwatch();
  };
}

export default { render };
