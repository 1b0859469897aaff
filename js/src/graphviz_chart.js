// One Graphviz drawing: the DOT source laid out by the shared Graphviz library (viz.js) into an
// SVG. Graphviz draws with the graph's own colours, as Streamlit's chart does, in either theme.
import { need } from "./lib/libraries.js";
import { applySize } from "./lib/size.js";

function render({ model, el }) {
  el.classList.add("rr-graphviz");
  const box = document.createElement("div");
  box.className = "rr-graphviz-box";
  el.append(box);
  let drawn = 0;

  async function draw() {
    const ticket = ++drawn;
    const viz = await need("viz");
    if (ticket !== drawn) return;
    applySize(box, model.get("width"), model.get("height"));
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
    // A Graphviz chart scales to a "stretch" or pixel width, as Streamlit's does.
    if (model.get("width") !== "content") {
      svg.setAttribute("width", "100%");
      svg.removeAttribute("height");
    }
    box.replaceChildren(svg);
  }

  for (const name of ["dot", "engine", "width", "height", "alt"]) model.on(`change:${name}`, draw);
  draw();
  return () => {
    drawn++;
  };
}

export default { render };
