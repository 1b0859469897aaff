// The Mermaid library's widget module: a loader. Mermaid (mermaid.js, about 3.5 MB) takes
// longer to parse than anywidget waits for a model's module (2 s on a busy machine), so the
// library travels as the widget's `code` text and is imported here without holding the
// model's start up; the charts wait for it on the page (lib/libraries.js) however long it takes.
export default {
  initialize({ model }) {
    const url = URL.createObjectURL(new Blob([model.get("code")], { type: "text/javascript" }));
    import(/* webpackIgnore: true */ url).finally(() => URL.revokeObjectURL(url));
  },
};
