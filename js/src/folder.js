// rerunner's folder picker: st.file_uploader(accept_multiple_files="directory") and
// st.chat_input(accept_file="directory"). The browser's folder picker (<input webkitdirectory>)
// gives every file under the chosen folder; those matching `accept` (extensions and MIME types,
// as the file picker's accept attribute) are read and set as `value`, a list of records in
// ipywidgets' FileUpload shape whose `name` is the path inside the folder ("docs/notes.txt").
// Their bytes travel as binary buffers of the comm message. The kernel checks them again.
import { button, element } from "./lib/devices.js";

function accepts(file, accept) {
  const rules = accept.split(",").map((r) => r.trim().toLowerCase()).filter(Boolean);
  if (rules.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || "").toLowerCase();
  return rules.some((rule) => {
    if (rule.startsWith(".")) return name.endsWith(rule);
    if (rule.endsWith("/*")) return type.startsWith(rule.slice(0, -1));
    return type === rule;
  });
}

function render({ model, el }) {
  const compact = !!model.get("compact");
  el.classList.add("rr-folder");
  const input = element("input");
  input.type = "file";
  input.multiple = true;
  input.webkitdirectory = true;
  input.setAttribute("webkitdirectory", "");
  input.hidden = true;
  const pick = button(compact ? "\u{1F4C1}" : "Browse folder", "rr-folder-pick");
  pick.title = "Attach the files of a folder";
  pick.setAttribute("aria-label", "Choose a folder");
  const count = element("span", "rr-folder-count", "");
  el.append(input, pick, count);

  function update() {
    const disabled = !!model.get("disabled");
    pick.disabled = disabled;
    input.disabled = disabled;
    const files = model.get("value") || [];
    count.textContent = compact && files.length ? `${files.length} file${files.length === 1 ? "" : "s"}` : "";
  }

  pick.addEventListener("click", () => input.click());
  input.addEventListener("change", async () => {
    const chosen = Array.from(input.files || []).filter((f) => accepts(f, model.get("accept") || ""));
    const records = [];
    for (const file of chosen) {
      const buffer = await file.arrayBuffer();
      records.push({
        name: file.webkitRelativePath || file.name,
        type: file.type,
        size: buffer.byteLength,
        content: new DataView(buffer),
        last_modified: file.lastModified,
      });
    }
    input.value = "";
    model.set("value", records);
    model.save_changes();
    update();
  });
  model.on("change:value", update);
  model.on("change:disabled", update);
  update();
  return () => {
    model.off("change:value", update);
    model.off("change:disabled", update);
  };
}

export default { render };
