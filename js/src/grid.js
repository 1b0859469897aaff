// rerunner's editable grid (st.data_editor): Tabulator, with the rows kept in the kernel.
//
// The grid holds one page of rows at a time and asks the kernel for it (a "rows" message for a
// range of shown rows); Tabulator draws only the rows on screen within the page. Every change
// goes back as a small message: "edit" (cells, one or a pasted range), "add" or "delete" (row
// ids). The kernel checks each cell against its column and answers with the rows as they now
// are and the cells it refused, with the column's message, which the grid shows under itself.
// Rows are named by the kernel's ids ("o12" for original row 12, "a0" for the first added row),
// so a change always means the row it was made on.
//
// Keyboard, as in a spreadsheet: click or arrow keys to move, shift to extend a range, Enter or
// typing to edit, Enter to commit, Tab to the next cell, Escape to cancel; Ctrl+C copies the range
// as tab-separated text, Ctrl+V pastes such text from the active cell on; Ctrl+Z undoes the last
// change: cells (the kernel says what each accepted cell held before), an added row ("unadd"
// with its id) or a deletion ("restore" with the token the kernel gave it). Tabulator's own
// history module cannot serve: loading rows, which every page and reload does, wipes it.
//
// Read-only (st.dataframe), the same grid draws the data and, when selections are on, reports
// clicks: a row's box in the row header selects rows, a column's header selects columns, a cell
// selects cells, as the modes in `selection_modes` allow. A click sends the selection it asks
// for ("select"); the kernel keeps what the modes allow and the grid draws the `selection` trait,
// so what is drawn is always what the app holds.

/*! This bundle includes Tabulator 6.3.1 (https://tabulator.info), under the MIT License:

The MIT License (MIT)

Copyright (c) 2015-2025 Oli Folkerd

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
*/

import {
  AjaxModule,
  ClipboardModule,
  EditModule,
  ExportModule,
  FormatModule,
  FrozenColumnsModule,
  InteractionModule,
  KeybindingsModule,
  PageModule,
  PopupModule,
  ResizeColumnsModule,
  ResizeTableModule,
  SelectRangeModule,
  Tabulator,
  TooltipModule,
} from "tabulator-tables";
import tabulatorCss from "tabulator-tables/dist/css/tabulator_simple.min.css";
import gridCss from "./lib/grid.css";
import { formatterFor, parseForEditor } from "./lib/cells.js";

Tabulator.registerModule([
  AjaxModule,
  ClipboardModule,
  EditModule,
  ExportModule,
  FormatModule,
  FrozenColumnsModule,
  InteractionModule,
  KeybindingsModule,
  PageModule,
  PopupModule,
  ResizeColumnsModule,
  ResizeTableModule,
  SelectRangeModule,
  TooltipModule,
]);

const PAGE = 100; // rows per page asked of the kernel
const STYLE_ID = "rr-grid-style";

function installStyle() {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement("style");
  style.id = STYLE_ID;
  style.textContent = tabulatorCss + "\n" + gridCss;
  document.head.appendChild(style);
}

const WIDTHS = { small: 75, medium: 200, large: 400 };
const ROW_MODES = ["single-row", "single-row-required", "multi-row"];

function position(id) {
  return typeof id === "string" && id[0] === "o" ? Number(id.slice(1)) : null;
}

function toggled(list, item, same = (a, b) => a === b) {
  return list.some((x) => same(x, item)) ? list.filter((x) => !same(x, item)) : [...list, item];
}

const sameCell = (a, b) => a[0] === b[0] && a[1] === b[1];

function editorFor(column) {
  if (!column.editable) return false;
  switch (column.type) {
    case "checkbox":
      return false; // toggled by a click on its box (see cellClick)
    case "selectbox":
      return "list";
    case "multiselect":
      return "list";
    case "date":
      return "date";
    case "time":
      return "time";
    case "datetime":
      return "datetime";
    default:
      return "input";
  }
}

function editorParams(column) {
  const config = column.config || {};
  const options = (config.options || []).map((o) =>
    o !== null && typeof o === "object" ? { label: String(o.label ?? o.value), value: o.value } : { label: String(o), value: o },
  );
  if (column.type === "selectbox") {
    return { values: options, clearable: !column.required };
  }
  if (column.type === "multiselect") {
    return {
      values: options,
      multiselect: true,
      autocomplete: Boolean(config.accept_new_options),
      allowEmpty: true,
      freetext: Boolean(config.accept_new_options),
    };
  }
  if (column.type === "datetime") return { format: false };
  return { selectContents: true };
}

// A Styler's looks (st.dataframe): the kernel sends each row's display text and CSS per column
// (`_text`, `_css`); the text replaces the formatted value, the CSS goes on the cell.
function styled(column, format) {
  return (cell, params, onRendered) => {
    const data = cell.getRow().getData();
    const css = data._css && data._css[column.name];
    if (css) {
      const element = cell.getElement();
      for (const declaration of css.split(";")) {
        const at = declaration.indexOf(":");
        if (at > 0) element.style.setProperty(declaration.slice(0, at).trim(), declaration.slice(at + 1).trim());
      }
    }
    const text = data._text && data._text[column.name];
    if (typeof text === "string") {
      const span = document.createElement("span");
      span.textContent = text;
      return span;
    }
    return format(cell, params, onRendered);
  };
}

function render({ model, el }) {
  installStyle();
  el.classList.add("rr-grid");
  // JupyterLab's shortcuts listen before the grid does: keys typed in the grid are not theirs
  el.setAttribute("data-lm-suppress-shortcuts", "true");
  const bar = document.createElement("div");
  bar.className = "rr-grid-bar";
  const add = document.createElement("button");
  add.type = "button";
  add.className = "rr-grid-add";
  add.textContent = "+ Add row";
  const remove = document.createElement("button");
  remove.type = "button";
  remove.className = "rr-grid-delete";
  remove.textContent = "Delete rows";
  remove.title = "Delete the rows of the selected cells";
  bar.append(add, remove);
  const holder = document.createElement("div");
  holder.className = "rr-grid-table";
  const message = document.createElement("div");
  message.className = "rr-grid-message";
  message.setAttribute("role", "status");
  el.append(bar, holder, message);

  let seq = 0;
  const pending = new Map(); // request number -> resolve
  let table = null;
  let ready = false;
  let gone = false;

  function request(body) {
    const req = ++seq;
    return new Promise((resolve) => {
      pending.set(req, resolve);
      model.send({ ...body, req });
    });
  }

  function onMessage(msg) {
    if (!msg || typeof msg !== "object") return;
    const resolve = pending.get(msg.req);
    if (resolve) {
      pending.delete(msg.req);
      resolve(msg);
    }
  }
  model.on("msg:custom", onMessage);

  function say(text, refused = false) {
    message.textContent = text || "";
    message.classList.toggle("rr-grid-refused", Boolean(refused && text));
  }

  function applyRows(rows) {
    if (!table || !rows) return;
    for (const data of rows) {
      const row = table.getRow(data._id);
      if (row) row.update(data);
    }
  }

  // Changes that Ctrl+Z can take back, newest last: {cells: [{row, col, value before}]},
  // {added: row id} or {restored: token}.
  const history = [];
  const HISTORY = 100;
  function remember(entry) {
    history.push(entry);
    if (history.length > HISTORY) history.shift();
  }

  async function sendEdits(cells, undoing = false) {
    if (!cells.length) return;
    el.dataset.pending = String(Number(el.dataset.pending || 0) + 1);
    try {
      const reply = await request({ op: "edit", cells });
      applyRows(reply.rows);
      if (reply.reload) reload(); // a new row's required cells are filled: it joined the data
      if (!undoing && reply.accepted && reply.accepted.length) {
        remember({ cells: reply.accepted.map((a) => ({ row: a.row, col: a.col, value: a.was })) });
      }
      if (reply.refused && reply.refused.length) {
        const first = reply.refused[0];
        const column = (model.get("columns") || []).find((c) => c.name === first.col);
        const name = column ? column.label || column.name : first.col;
        say(`${name}: ${first.message}`, true);
        for (const r of reply.refused) {
          const row = table && table.getRow(r.row);
          const cell = row && row.getCell(r.col);
          if (cell) cell.getElement().classList.add("rr-cell-refused");
        }
      } else {
        say("");
      }
    } finally {
      el.dataset.pending = String(Number(el.dataset.pending) - 1);
    }
  }

  // --- selections (st.dataframe) ---
  function modes() {
    return new Set(model.get("selection_modes") || []);
  }

  function current() {
    const s = model.get("selection") || {};
    return {
      rows: [...(s.rows || [])],
      columns: [...(s.columns || [])],
      cells: (s.cells || []).map((c) => [c[0], c[1]]),
    };
  }

  function ask(selection) {
    el.dataset.selecting = String(Number(el.dataset.selecting || 0) + 1);
    model.send({ op: "select", selection });
  }

  function selectRow(at) {
    const m = modes();
    const sel = current();
    if (at === null || !ROW_MODES.some((mode) => m.has(mode))) return;
    if (m.has("multi-row")) sel.rows = toggled(sel.rows, at);
    else if (sel.rows.length === 1 && sel.rows[0] === at) sel.rows = m.has("single-row-required") ? [at] : [];
    else sel.rows = [at];
    ask(sel);
  }

  function selectColumn(name) {
    const m = modes();
    if (!name || name === "_index" || !(m.has("single-column") || m.has("multi-column"))) return;
    const sel = current();
    if (m.has("multi-column")) sel.columns = toggled(sel.columns, name);
    else sel.columns = sel.columns.length === 1 && sel.columns[0] === name ? [] : [name];
    ask(sel);
  }

  function selectCell(at, name) {
    const m = modes();
    if (at === null || !name || name === "_index" || !(m.has("single-cell") || m.has("multi-cell"))) return;
    const sel = current();
    const cell = [at, name];
    if (m.has("multi-cell")) sel.cells = toggled(sel.cells, cell, sameCell);
    else sel.cells = sel.cells.length === 1 && sameCell(sel.cells[0], cell) ? [] : [cell];
    ask(sel);
  }

  function paintRow(row) {
    const sel = model.get("selection") || {};
    const at = position(row.getData()._id);
    const rows = new Set(sel.rows || []);
    const columns = new Set(sel.columns || []);
    const cells = (sel.cells || []).filter((c) => c[0] === at).map((c) => c[1]);
    row.getElement().classList.toggle("rr-selected-row", rows.has(at));
    for (const cell of row.getCells()) {
      const field = cell.getField();
      if (!field) continue;
      const element = cell.getElement();
      element.classList.toggle("rr-selected-column", columns.has(field));
      element.classList.toggle("rr-selected-cell", cells.includes(field));
    }
  }

  function paint() {
    if (!table || !ready) return;
    const sel = model.get("selection") || {};
    const columns = new Set(sel.columns || []);
    for (const column of table.getColumns()) {
      const field = column.getField();
      if (field) column.getElement().classList.toggle("rr-selected-column", columns.has(field));
    }
    for (const row of table.getRows()) {
      row.reformat();
      paintRow(row);
    }
    el.dataset.selection = JSON.stringify({ rows: sel.rows || [], columns: sel.columns || [], cells: sel.cells || [] });
  }

  function rowBox(cell) {
    const box = document.createElement("input");
    box.type = "checkbox";
    box.className = "rr-row-select";
    box.tabIndex = -1;
    box.checked = (model.get("selection")?.rows || []).includes(position(cell.getRow().getData()._id));
    box.setAttribute("aria-label", "Select row");
    return box;
  }

  function columnDefs() {
    const columns = model.get("columns") || [];
    const placeholder = model.get("placeholder");
    return columns.map((column) => {
      const def = {
        title: column.label,
        field: column.name,
        editable: column.editable,
        editor: editorFor(column),
        editorParams: editorParams(column),
        formatter: styled(column, formatterFor(column, placeholder)),
        hozAlign: column.alignment || (["number", "progress"].includes(column.type) ? "right" : "left"),
        headerTooltip: column.help || false,
        frozen: Boolean(column.index || column.pinned),
        cssClass: `rr-col-${column.type}${column.index ? " rr-col-index" : ""}${column.editable ? "" : " rr-readonly"}`,
      };
      if (modes().has("single-column") || modes().has("multi-column")) def.headerSort = false; // a click selects
      const width = typeof column.width === "number" ? column.width : WIDTHS[column.width];
      if (width) def.width = width;
      else if (column.type === "progress") def.width = 140; // a bar needs room: its content has no width
      else if (column.type.endsWith("_chart")) def.width = 100;
      if (column.type === "checkbox" && column.editable) {
        def.cellClick = (event, cell) => {
          if (!model.get("editable")) return;
          const value = !(cell.getValue() === true);
          cell.getRow().update({ [column.name]: value });
          sendEdits([{ row: cell.getRow().getData()._id, col: column.name, value }]);
        };
      }
      return def;
    });
  }

  function build() {
    const height = model.get("height");
    table = new Tabulator(holder, {
      index: "_id",
      columns: columnDefs(),
      layout: "fitDataFill",
      height: height > 0 ? `${height + 40}px` : "100%",
      rowHeight: model.get("row_height"),
      placeholder: "No rows",
      pagination: true,
      paginationMode: "remote",
      paginationSize: PAGE,
      paginationCounter: "rows",
      paginationButtonCount: 3,
      ajaxURL: "kernel", // the rows come from the kernel, through ajaxRequestFunc
      ajaxRequestFunc: (_url, _config, params) => {
        const page = params.page || 1;
        const size = params.size || PAGE;
        return request({ op: "rows", start: (page - 1) * size, stop: page * size }).then((reply) => ({
          last_page: Math.max(1, Math.ceil(reply.total / size)),
          last_row: reply.total,
          data: reply.rows,
        }));
      },
      // Row numbers: a click selects the whole row (for "Delete rows"); without this column,
      // Tabulator takes the first data column as the rows' header.
      rowHeader: {
        resizable: false,
        frozen: true,
        width: 44,
        hozAlign: "right",
        headerSort: false,
        formatter: ROW_MODES.some((mode) => modes().has(mode)) ? rowBox : "rownum",
        cssClass: "rr-row-number",
        editor: false,
      },
      selectableRange: 1,
      selectableRangeColumns: true,
      selectableRangeRows: true,
      selectableRangeClearCells: false,
      // Tabulator focuses the grid whenever rows load; a rerun that reloads them would take the
      // focus from the field being typed in elsewhere on the page.
      selectableRangeAutoFocus: false,
      editTriggerEvent: "dblclick",
      clipboard: true,
      clipboardCopyStyled: false,
      clipboardCopyConfig: { rowHeaders: false, columnHeaders: false },
      clipboardCopyRowRange: "range",
      clipboardPasteParser: "range",
      clipboardPasteAction: "range",
      rowFormatter: paintRow,
    });
    table.on("tableBuilt", () => {
      ready = true;
      el.dataset.ready = "1";
    });
    table.on("dataProcessed", () => {
      el.dataset.loaded = String(Number(el.dataset.loaded || 0) + 1);
      paint();
    });
    table.on("cellClick", (_event, cell) => {
      if (!modes().size) return;
      const at = position(cell.getRow().getData()._id);
      const field = cell.getField();
      if (!field) selectRow(at); // the row header
      else selectCell(at, field);
    });
    table.on("headerClick", (_event, column) => {
      if (modes().size) selectColumn(column.getField());
    });
    table.on("cellEdited", (cell) => {
      const field = cell.getField();
      const value = parseForEditor(cell.getValue());
      sendEdits([{ row: cell.getRow().getData()._id, col: field, value }]);
    });
    table.on("clipboardPasted", (text, rowData, rows) => {
      if (!model.get("editable") || !rows || !text) return;
      const editable = new Set((model.get("columns") || []).filter((c) => c.editable).map((c) => c.name));
      const cells = [];
      rows.forEach((row, i) => {
        const data = rowData[i % rowData.length] || {};
        const id = row.getData()._id;
        for (const [col, value] of Object.entries(data)) {
          if (col !== "_id" && editable.has(col)) cells.push({ row: id, col, value });
        }
      });
      sendEdits(cells);
    });
  }

  function reload() {
    if (!table || !ready) return;
    const page = table.getPage() || 1;
    table.setPage(page);
  }

  function reloadWithin(total) {
    // (rows taken away may leave the page shown past the last one)
    if (!table || !ready) return;
    const last = Math.max(1, Math.ceil(total / PAGE));
    table.setMaxPage(last);
    table.setPage(Math.min(table.getPage() || 1, last));
  }

  async function undo() {
    const last = history.pop();
    if (!last || !model.get("editable")) return;
    el.dataset.pending = String(Number(el.dataset.pending || 0) + 1);
    try {
      if (last.cells) {
        for (const c of last.cells) {
          const row = table.getRow(c.row);
          if (row) row.update({ [c.col]: c.value });
        }
        await sendEdits(last.cells, true);
      } else if (last.added) {
        reloadWithin((await request({ op: "unadd", row: last.added })).total);
      } else if (last.restored) {
        reloadWithin((await request({ op: "restore", token: last.restored })).total);
      }
    } finally {
      el.dataset.pending = String(Number(el.dataset.pending) - 1);
    }
  }

  function looks() {
    el.classList.toggle("rr-grid-disabled", !model.get("editable"));
    add.hidden = !model.get("can_add");
    remove.hidden = !model.get("can_delete");
    bar.hidden = add.hidden && remove.hidden;
    const alt = model.get("alt");
    if (alt) holder.setAttribute("aria-label", alt);
    else holder.removeAttribute("aria-label");
  }

  function activeCell() {
    // (a range component's bounds are Tabulator's internal cells: their components are public)
    const ranges = table ? table.getRanges() : [];
    const start = ranges.length ? ranges[0].getBounds().start : null;
    return start ? [ranges[0], start.getComponent()] : [null, null];
  }

  function moveSideways(range, cell, step) {
    const columns = table.getColumns().filter((c) => c.isVisible());
    const at = columns.findIndex((c) => c.getField() === cell.getField());
    const target = columns[at + step];
    if (target) range.setBounds(cell.getRow().getCell(target));
  }

  function onKey(event) {
    // Outside an editor, Tab moves the active cell sideways and typing a character starts
    // editing the active cell with it, as in a spreadsheet (Enter to edit is Tabulator's own;
    // inside an editor, Tabulator's Tab commits and edits the next cell).
    if (!table) return;
    const edit = table.modules.edit;
    if (!edit || edit.currentCell) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const [range, cell] = activeCell();
    if (!cell) return;
    if (event.key === "Tab") {
      event.preventDefault();
      event.stopPropagation();
      moveSideways(range, cell, event.shiftKey ? -1 : 1);
      return;
    }
    if (event.key.length !== 1) return;
    const column = (model.get("columns") || []).find((c) => c.name === cell.getField());
    if (!column || !column.editable || !["text", "number", "link", "list"].includes(column.type)) return;
    event.preventDefault();
    event.stopPropagation();
    cell.edit();
    const input = cell.getElement().querySelector("input, textarea");
    if (input) {
      input.value = event.key;
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
    }
  }
  holder.addEventListener("keydown", onKey, true);
  // Ctrl+Z anywhere in the grid, its buttons included (after "+ Add row" the focus is there)
  el.addEventListener(
    "keydown",
    (event) => {
      if (!table || (table.modules.edit && table.modules.edit.currentCell)) return;
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.key.toLowerCase() !== "z") return;
      event.preventDefault();
      event.stopPropagation();
      undo();
    },
    true,
  );
  el.addEventListener("keydown", (event) => event.stopPropagation()); // not the notebook's

  add.addEventListener("click", async () => {
    const reply = await request({ op: "add" });
    if (reply.row) remember({ added: reply.row._id });
    const last = Math.max(1, Math.ceil(reply.total / PAGE));
    table.setMaxPage(last);
    await table.setPage(last);
    const row = table.getRow(reply.row._id);
    if (row) row.scrollTo();
  });

  remove.addEventListener("click", async () => {
    const ids = new Set();
    for (const range of table.getRanges()) {
      for (const row of range.getRows()) ids.add(row.getData()._id);
    }
    if (!ids.size) {
      say("Select a cell in each row to delete first.");
      return;
    }
    const reply = await request({ op: "delete", rows: [...ids] });
    if (reply.undo) remember({ restored: reply.undo });
    say("");
    reload();
  });

  model.on("change:columns", () => table && table.setColumns(columnDefs()));
  model.on("change:generation", reload);
  model.on("change:selection", () => {
    el.dataset.selecting = "0";
    paint();
  });
  model.on("change:selection_modes", () => table && table.setColumns(columnDefs()));
  model.on("change:editable", looks);
  model.on("change:can_add", looks);
  model.on("change:can_delete", looks);
  model.on("change:alt", looks);
  model.on("change:height", () => {
    const height = model.get("height");
    if (table) table.setHeight(height > 0 ? `${height + 40}px` : "100%");
  });
  looks();
  build();

  // A grid built while hidden (in a closed expander, an unselected tab, a collapsed sidebar)
  // measured nothing and drew no rows; it redraws once it has a size.
  let hidden = true;
  const shown = new ResizeObserver(() => {
    const now = holder.offsetWidth === 0 || holder.offsetHeight === 0;
    if (hidden && !now && table && ready) table.redraw(true);
    hidden = now;
  });
  shown.observe(holder);

  return () => {
    gone = true;
    shown.disconnect();
    model.off("msg:custom", onMessage);
    if (table) table.destroy();
    table = null;
    return gone;
  };
}

export default { render };
