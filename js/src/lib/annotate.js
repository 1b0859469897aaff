// What both annotation widgets share: their style sheet, label colours, the label bar with its
// number keys, and the note that shows why the kernel refused a change.
import css from "./annotate.css";

// Ten colours told apart in light and dark themes and by most colour-blind readers.
const PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42a5b5", "#f032e6", "#9a6324", "#469990", "#800000"];

export function color(labels, label) {
  const i = labels.indexOf(label);
  return PALETTE[(i < 0 ? 0 : i) % PALETTE.length];
}

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function frame(el, kind) {
  const style = element("style");
  style.textContent = css;
  const bar = element("div", "rr-ann-bar");
  const note = element("div", "rr-ann-note");
  note.setAttribute("role", "alert");
  el.classList.add("rr-ann", `rr-ann-${kind}`);
  el.tabIndex = 0; // the number keys and Delete reach the widget once it is clicked
  el.append(style, bar, note);
  return { bar, note };
}

// The label buttons; `current()` is the chosen label, `choose(i)` picks one (also by key 1-9).
export function labelBar(bar, labels, onChoose) {
  let chosen = 0;
  const buttons = labels.map((label, i) => {
    const b = element("button", "rr-ann-label", label);
    b.type = "button";
    b.style.setProperty("--rr-ann-color", color(labels, label));
    if (i < 9) b.append(element("span", "rr-ann-key", String(i + 1)));
    b.title = i < 9 ? `Label "${label}" (key ${i + 1})` : `Label "${label}"`;
    b.addEventListener("click", () => choose(i));
    bar.append(b);
    return b;
  });
  function choose(i) {
    if (i < 0 || i >= labels.length) return;
    chosen = i;
    buttons.forEach((b, j) => b.setAttribute("aria-pressed", String(j === i)));
    onChoose(labels[i]);
  }
  buttons.forEach((b, j) => b.setAttribute("aria-pressed", String(j === 0)));
  return { current: () => labels[chosen], choose };
}

// The label a number key names, or -1.
export function numberKey(event) {
  if (event.ctrlKey || event.metaKey || event.altKey) return -1;
  return /^[1-9]$/.test(event.key) ? Number(event.key) - 1 : -1;
}

export function tool(bar, text, title, onClick) {
  const b = element("button", "rr-ann-tool", text);
  b.type = "button";
  b.title = title;
  b.setAttribute("aria-label", title);
  b.addEventListener("click", onClick);
  bar.append(b);
  return b;
}

export const clone = (value) => JSON.parse(JSON.stringify(value || []));
