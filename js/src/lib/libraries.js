// A page-wide meeting point between a library's widget and the charts that use it.
//
// A large library (Graphviz in WebAssembly, ECharts) is shipped once per kernel, as the ES
// module of one shared widget; each chart's own module is small and asks for the library here.
// Either side may come first: the library's module runs when its model is created, a chart's
// view when it is shown, in any order.
function slot(name) {
  const all = (globalThis.__rerunnerLibraries ??= {});
  if (!all[name]) {
    let resolve;
    const promise = new Promise((r) => (resolve = r));
    all[name] = { promise, resolve };
  }
  return all[name];
}

export function provide(name, value) {
  slot(name).resolve(value);
}

export function need(name) {
  return slot(name).promise;
}
