// rerunner's page aids: what an app asks of the page that ipywidgets have no trait for.
//
// - Keyboard shortcuts (st.button(shortcut=...)): a keydown anywhere on the page that matches
//   a binding clicks its button (or the link of a download or link button), as Streamlit's
//   front end does. A binding is {keys: "ctrl+shift+k", target: "<a class of the button>"},
//   normalised by the kernel; ctrl and cmd both mean "Ctrl or Cmd", as in Streamlit. A key
//   without Ctrl, Cmd or Alt does not fire while the visitor types in a field.
// - Attributes of input fields (st.text_input(autocomplete=...)): {target, attrs} sets attrs on
//   the <input> or <textarea> inside the widget of that class, again whenever the page changes.
// - How typing filters a multiselect's suggestions (filter_mode): {target, mode} narrows the
//   suggestion list of the tags field of that class to the options the typed text leaves
//   ("contains" or "prefix", ignoring case), as the visitor types.
//
// One listener per model: a page showing the app twice (two views) clicks once.

const listening = new Map(); // model -> the views drawn for it, first connected one acts

const SPECIAL = {
  Enter: "enter", " ": "space", Tab: "tab", Escape: "escape", Esc: "escape",
  Backspace: "backspace", Delete: "delete", Home: "home", End: "end", PageUp: "pageup",
  PageDown: "pagedown", ArrowLeft: "left", ArrowRight: "right", ArrowUp: "up", ArrowDown: "down",
};

function keyOf(event) {
  const code = event.code || "";
  if (/^Key[A-Z]$/.test(code)) return code.slice(3).toLowerCase();
  if (/^(Digit|Numpad)[0-9]$/.test(code)) return code.slice(-1);
  if (/^F[0-9]{1,2}$/.test(event.key)) return event.key.toLowerCase();
  if (SPECIAL[event.key]) return SPECIAL[event.key];
  return (event.key || "").toLowerCase();
}

function combo(event) {
  const parts = [];
  if (event.ctrlKey || event.metaKey) parts.push("ctrl");
  if (event.altKey) parts.push("alt");
  if (event.shiftKey) parts.push("shift");
  parts.push(keyOf(event));
  return parts.join("+");
}

// The kernel's "ctrl+cmd+alt+shift+key" order, with cmd folded into ctrl.
function canonical(keys) {
  const tokens = keys.split("+");
  const key = tokens.pop();
  const mods = new Set(tokens.map((t) => (t === "cmd" ? "ctrl" : t)));
  return [...["ctrl", "alt", "shift"].filter((m) => mods.has(m)), key].join("+");
}

function typing(target) {
  if (!target || !(target instanceof Element)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

function clickTarget(cls) {
  const found = document.getElementsByClassName(cls);
  for (const el of found) {
    const clickable = el.tagName === "BUTTON" ? el : el.querySelector("button, a");
    if (clickable && !clickable.disabled && clickable.isConnected) {
      clickable.click();
      return true;
    }
  }
  return false;
}

function applyAttributes(model) {
  for (const { target, attrs } of model.get("attributes") || []) {
    for (const el of document.getElementsByClassName(target)) {
      const fields = el.matches("input, textarea") ? [el] : el.querySelectorAll("input, textarea");
      for (const field of fields) {
        for (const [name, value] of Object.entries(attrs)) {
          if (field.getAttribute(name) !== value) field.setAttribute(name, value);
        }
      }
    }
  }
}

function keeps(label, typed, mode) {
  const a = label.toLowerCase();
  const b = typed.toLowerCase();
  return mode === "prefix" ? a.startsWith(b) : a.includes(b);
}

// The tags field draws its suggestions from a <datalist> it fills with every option; the
// options are kept aside, and the list is refilled with those the typed text leaves.
function narrow(input, mode) {
  const list = input.list;
  if (!list) return;
  const now = [...list.options].map((o) => o.value);
  // Refilled by the widget (its options changed) since the last narrowing: start from those.
  if (!list._rrAll || now.join("\0") !== (list._rrShown || []).join("\0")) list._rrAll = now;
  const left = list._rrAll.filter((label) => keeps(label, input.value, mode));
  list._rrShown = left;
  list.replaceChildren(...left.map((label) => Object.assign(document.createElement("option"), { value: label })));
}

function applyFilters(model) {
  for (const { target, mode } of model.get("filters") || []) {
    for (const el of document.getElementsByClassName(target)) {
      for (const input of el.querySelectorAll("input[list]")) {
        if (input._rrFilter === mode) continue;
        input._rrFilter = mode;
        input.addEventListener("input", () => narrow(input, input._rrFilter));
      }
    }
  }
}

function render({ model, el }) {
  el.classList.add("rr-page-aids");
  let views = listening.get(model);
  if (!views) {
    views = new Set();
    listening.set(model, views);
  }
  views.add(el);
  const acting = () => [...views].find((v) => v.isConnected) === el;

  const onKey = (event) => {
    if (event.defaultPrevented || event.repeat || !acting()) return;
    const pressed = combo(event);
    for (const { keys, target } of model.get("shortcuts") || []) {
      const wanted = canonical(keys);
      if (wanted !== pressed) continue;
      const modified = wanted.includes("ctrl+") || wanted.includes("alt+");
      if (!modified && typing(event.target)) continue;
      if (clickTarget(target)) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
  };
  document.addEventListener("keydown", onKey, true);

  let pending = false;
  const refresh = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (acting()) {
        applyAttributes(model);
        applyFilters(model);
      }
    });
  };
  const observer = new MutationObserver(refresh);
  observer.observe(document.body, { childList: true, subtree: true });
  model.on("change:attributes", refresh);
  model.on("change:filters", refresh);
  refresh();

  return () => {
    document.removeEventListener("keydown", onKey, true);
    observer.disconnect();
    model.off("change:attributes", refresh);
    model.off("change:filters", refresh);
    views.delete(el);
    if (!views.size) listening.delete(model);
  };
}

export default { render };
