// rerunner's presence report: while a page shows an app whose fragments tick (run_every), the
// view tells the kernel so every few seconds, and only while the browser tab is visible. When
// no view reports any more (the notebook or the page closed, the tab hidden), the kernel stops
// ticking and may go idle, so idle-kernel culling still works.
// Plain JavaScript without imports: it ships inside the Python package as it is.

const EVERY_MS = 10000;

function render({ model, el }) {
  el.classList.add("rr-presence");
  const report = () => {
    if (document.visibilityState !== "visible") return;
    model.set("seen", Date.now() % 1000000000); // a new value each time, so it is sent
    model.save_changes();
  };
  const onVisible = () => document.visibilityState === "visible" && report();
  report();
  const timer = setInterval(report, EVERY_MS);
  document.addEventListener("visibilitychange", onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener("visibilitychange", onVisible);
  };
}

export default { render };
