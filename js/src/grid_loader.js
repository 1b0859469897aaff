// The data editor's widget module: a loader. The grid's code (grid.js, about 320 kB) travels once
// per kernel, in a shared model the kernel pins; each editor's widget names that model (its
// `code` trait) and this loader imports the code from it once per page, as anywidget imports a
// module given as text.

const loaded = new Map(); // module text -> the imported module (a promise)

async function gridModule(model) {
  const ref = String(model.get("code") || "").replace("IPY_MODEL_", "");
  const code = await model.widget_manager.get_model(ref);
  const text = code.get("text");
  if (!loaded.has(text)) {
    const url = URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
    loaded.set(text, import(/* webpackIgnore: true */ url).finally(() => URL.revokeObjectURL(url)));
  }
  return (await loaded.get(text)).default;
}

async function render(context) {
  const grid = await gridModule(context.model);
  return grid.render(context);
}

export default { render };
