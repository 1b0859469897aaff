// One Mermaid diagram, drawn by the shared Mermaid library as inline SVG, in colours taken from
// Streamlit's light or dark theme (as Streamlit's chart does), following the page's theme.
import { need } from "./lib/libraries.js";
import { applySize } from "./lib/size.js";
import { isDark, watchTheme } from "./lib/theme.js";

// Streamlit's theme colours: the tinted backgrounds (its *bg colours laid on the page's
// background) and the text colours of its palette.
const PALETTES = {
  light: {
    bg: "#ffffff", secondary: "#f0f2f6", text: "#31333f", border: "#d6d6d9", faded: "#83848b",
    primary: "#ff4b4b",
    tints: ["#e8f2fc", "#e9f9ee", "#fff6e9", "#ffe9e9", "#f2ecfe", "#fffee7", "#eaeaec"],
    inks: ["#0054a3", "#158237", "#e2660c", "#bd4043", "#583f84", "#926c05", "#31333f"],
  },
  dark: {
    bg: "#0e1117", secondary: "#262730", text: "#fafafa", border: "#3d3f46", faded: "#9d9ea2",
    primary: "#ff4b4b",
    tints: ["#172a3e", "#19352a", "#3e3422", "#3e2326", "#2a2541", "#3e3f16", "#26292e"],
    inks: ["#3d9df3", "#5ce488", "#ffbd45", "#ff6c6c", "#b27eff", "#ffffc2", "#bfc5d3"],
  },
};

function themeConfig(dark) {
  const p = PALETTES[dark ? "dark" : "light"];
  const [blue, green, orange, red, violet, yellow, gray] = p.tints;
  const font = '"Source Sans Pro", "Source Sans 3", sans-serif';
  const vars = {
    darkMode: dark, primaryColor: blue, primaryTextColor: p.text, primaryBorderColor: p.border,
    secondaryColor: green, tertiaryColor: orange, background: p.bg, mainBkg: p.secondary,
    fontFamily: font, fontSize: "14px", lineColor: p.faded, textColor: p.text,
    errorBkgColor: red, errorTextColor: p.inks[3], noteBkgColor: yellow, noteTextColor: p.text,
    doneTaskBkgColor: green, doneTaskBorderColor: p.inks[1], critBkgColor: red,
    critBorderColor: p.inks[3], todayLineColor: p.primary, gridColor: p.border,
    taskTextColor: p.text, taskTextOutsideColor: p.text, taskTextLightColor: p.text,
    taskTextDarkColor: p.text, sectionBkgColor: p.secondary, altSectionBkgColor: p.bg,
    pieStrokeColor: p.border, pieOuterStrokeColor: p.border, quadrantPointFill: p.primary,
    git7: p.primary, fillType7: p.secondary,
    xyChart: {
      backgroundColor: p.bg, titleColor: p.text, xAxisLabelColor: p.text, xAxisTitleColor: p.text,
      xAxisTickColor: p.faded, xAxisLineColor: p.faded, yAxisLabelColor: p.text,
      yAxisTitleColor: p.text, yAxisTickColor: p.faded, yAxisLineColor: p.faded,
      plotColorPalette: p.inks.join(", "),
    },
    radar: { curveOpacity: 0.5, curveStrokeWidth: 2.5 },
  };
  p.tints.forEach((tint, i) => {
    vars[`pie${i + 1}`] = tint;
    vars[`cScale${i}`] = tint;
    vars[`fillType${i}`] = tint;
    if (i < 5) vars[`mindmap${i + 1}`] = tint;
    vars[`git${i}`] = p.inks[i];
    vars[`gitBranchLabel${i}`] = p.bg;
  });
  vars.gitBranchLabel7 = p.bg;
  Object.assign(vars, { quadrant1Fill: blue, quadrant2Fill: green, quadrant3Fill: orange, quadrant4Fill: red, violet, gray });
  return {
    startOnLoad: false,
    securityLevel: "strict",
    suppressErrorRendering: true,
    darkMode: dark,
    theme: "base",
    look: "classic",
    fontFamily: font,
    fontSize: 14,
    htmlLabels: false,
    flowchart: { htmlLabels: false },
    themeVariables: vars,
  };
}

// Mermaid's configuration is global, and so must be the ids of the SVGs it draws (Mermaid
// removes the element that has the id it draws under). Each chart's model imports this
// module anew, so both live on the shared Mermaid object, not in this module.
const CONFIGURED = Symbol.for("rerunner.mermaid.dark");
const DRAWN = Symbol.for("rerunner.mermaid.drawn");

function render({ model, el }) {
  el.classList.add("rr-mermaid");
  const box = document.createElement("div");
  box.className = "rr-mermaid-box";
  el.append(box);
  let drawn = 0;

  async function draw() {
    const ticket = ++drawn;
    const mermaid = await need("mermaid");
    if (ticket !== drawn) return;
    applySize(box, model.get("width"), "content");
    const dark = isDark();
    let svg;
    try {
      if (mermaid[CONFIGURED] !== dark) {
        mermaid.initialize(themeConfig(dark));
        mermaid[CONFIGURED] = dark;
      }
      mermaid[DRAWN] = (mermaid[DRAWN] || 0) + 1;
      ({ svg } = await mermaid.render(`rr-mermaid-${mermaid[DRAWN]}`, model.get("source")));
    } catch (error) {
      if (ticket !== drawn) return;
      const message = document.createElement("pre");
      message.className = "rr-mermaid-error";
      message.setAttribute("role", "alert");
      message.textContent = `Mermaid diagram error: ${(error && error.message) || error}`;
      box.replaceChildren(message);
      return;
    }
    if (ticket !== drawn) return;
    // Mermaid's SVG is sanitised by Mermaid (securityLevel "strict"); the HTML parser takes
    // it as Mermaid writes it (an XML parser refuses some of its labels' markup).
    box.innerHTML = svg; // Mermaid's own size: its natural width at most, within the box
    const node = box.querySelector("svg");
    if (node) {
      node.setAttribute("role", "img");
      const alt = model.get("alt");
      if (alt) node.setAttribute("aria-label", alt);
    }

  }

  const unwatch = watchTheme(draw);
  for (const name of ["source", "width", "alt"]) model.on(`change:${name}`, draw);
  draw();
  return () => {
    drawn++;
    unwatch();
  };
}

export default { render };
