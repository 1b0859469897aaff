// rerunner.annotate.text: labelled spans of words over a text.
//
// Traits (all the kernel's): `text`, `labels`, `overlap` (whether spans may share characters),
// `records` (the committed spans, [start, end, label] character offsets) and `disabled`.
// Selecting words (mouse, touch, or Shift and the arrow keys) labels them with the chosen label
// once the selection ends; the selection grows to whole words. A click on a labelled span
// removes it (the innermost, when spans overlap). After each change the whole list goes to the
// kernel as {event: "records"}; a refusal comes back as {event: "refused", message, records}.
//
// The text is drawn as runs of characters between span boundaries; each run carries its start
// offset (data-start), so a DOM selection maps back to character offsets exactly.
import { clone, color, element, frame, labelBar, numberKey, tool } from "./lib/annotate.js";

const WORD = /[\p{L}\p{N}_'’-]/u;

function render({ model, el }) {
  const { bar, note } = frame(el, "text");
  const labels = model.get("labels");
  let records = clone(model.get("records"));
  const picker = labelBar(bar, labels, () => {});
  bar.append(element("span", "rr-ann-gap"));
  const apply = tool(bar, "Label selection", "Label the selected words (for touch screens)", () => labelSelection());
  const body = element("div", "rr-ann-body");
  el.append(body);

  function draw() {
    const text = model.get("text");
    const disabled = model.get("disabled");
    el.dataset.disabled = String(disabled);
    apply.disabled = disabled;
    const cuts = new Set([0, text.length]);
    for (const [s, e] of records) cuts.add(s).add(e);
    const points = [...cuts].sort((a, b) => a - b);
    body.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const [s, e] = [points[i], points[i + 1]];
      const covering = records.filter(([a, b]) => a <= s && e <= b).sort((x, y) => x[1] - x[0] - (y[1] - y[0]));
      const run = element("span", covering.length ? "rr-ann-span" : "rr-ann-plain", text.slice(s, e));
      run.dataset.start = String(s);
      if (covering.length) {
        const inner = covering[0];
        run.style.setProperty("--rr-ann-color", color(labels, inner[2]));
        if (covering.length > 1) run.classList.add("rr-ann-stacked");
        run.title = covering.map(([a, b, l]) => `${l}: "${text.slice(a, b)}"`).join("\n") + (disabled ? "" : "\nClick to remove");
        run.dataset.span = JSON.stringify(inner);
      }
      body.append(run);
      for (const [a, b, l] of records) {
        if (b === e) {
          const tag = element("span", "rr-ann-span-tag", l);
          tag.style.setProperty("--rr-ann-color", color(labels, l));
          tag.setAttribute("aria-hidden", "true");
          tag.dataset.tag = "1";
          body.append(tag);
        }
      }
    }
  }

  // The character offset of a DOM position inside the text, or null outside it.
  function offset(node, at) {
    const run = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!run || !body.contains(run)) return null;
    if (run === body) {
      // A position between children: the start of the next run, or the end of the text.
      const next = [...body.childNodes].slice(at).find((n) => n.dataset && n.dataset.start !== undefined);
      return next ? Number(next.dataset.start) : model.get("text").length;
    }
    if (run.dataset.tag) return null;
    return Number(run.dataset.start) + (node.nodeType === Node.TEXT_NODE ? at : 0);
  }

  function wordBounds(start, end) {
    const text = model.get("text");
    while (start < end && !WORD.test(text[start])) start++;
    while (end > start && !WORD.test(text[end - 1])) end--;
    if (start === end) return null;
    while (start > 0 && WORD.test(text[start - 1])) start--;
    while (end < text.length && WORD.test(text[end])) end++;
    return [start, end];
  }

  function commit() {
    note.textContent = "";
    records.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    draw();
    model.send({ event: "records", records });
  }

  function labelSelection() {
    if (model.get("disabled")) return false;
    const selection = window.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) return false;
    const range = selection.getRangeAt(0);
    const a = offset(range.startContainer, range.startOffset);
    const b = offset(range.endContainer, range.endOffset);
    if (a === null || b === null) return false;
    const bounds = wordBounds(Math.min(a, b), Math.max(a, b));
    selection.removeAllRanges();
    if (!bounds) return false;
    const label = picker.current();
    if (records.some(([s, e, l]) => s === bounds[0] && e === bounds[1] && l === label)) return true;
    records.push([bounds[0], bounds[1], label]);
    commit();
    return true;
  }

  body.addEventListener("pointerup", (event) => {
    if (labelSelection()) return;
    const run = event.target.closest && event.target.closest("[data-span]");
    if (run && !model.get("disabled")) {
      const span = JSON.parse(run.dataset.span);
      records = records.filter((r) => !(r[0] === span[0] && r[1] === span[1] && r[2] === span[2]));
      commit();
    }
  });
  el.addEventListener("keyup", (event) => {
    if (event.key === "Shift") labelSelection(); // Shift and the arrow keys made a selection
  });
  el.addEventListener("keydown", (event) => {
    const n = numberKey(event);
    if (n >= 0) {
      picker.choose(n);
      event.preventDefault();
    }
  });

  const refused = (msg) => {
    if (!msg || msg.event !== "refused") return;
    records = clone(msg.records);
    note.textContent = msg.message;
    draw();
  };
  const changed = () => {
    records = clone(model.get("records"));
    draw();
  };
  model.on("msg:custom", refused);
  model.on("change:records", changed);
  model.on("change:text", changed);
  model.on("change:disabled", draw);
  draw();
  return () => {
    model.off("msg:custom", refused);
    model.off("change:records", changed);
    model.off("change:text", changed);
    model.off("change:disabled", draw);
  };
}

export default { render };
