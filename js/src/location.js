// rerunner's location widget: the browser side of an app's page and query parameters
// (rerunner/runtime/location.py), and of st.context.
//
// When the page connects (a notebook opened, a Voila page loaded or reloaded, a pre-heated
// Voila kernel handed to a visitor), it reports the browser's URL, theme, time zone and locale;
// on back/forward (popstate) it reports the URL again, and the kernel reruns the app on that
// page. The kernel sends the URL it wants in `target` ({search, hash, seq, mode}): a new seq is
// pushed onto the history (mode "push": a page change) or replaces the current entry (new
// query parameters).
//
// The URL is only written where it is the app's own: in Voila. JupyterLab's and Notebook's URL
// names the notebook, so there the page and query parameters stay in the kernel and the URL is
// neither read nor written.

function voila() {
  return !!(document.body && document.body.dataset && document.body.dataset.voila);
}

function theme() {
  const light = document.body && document.body.dataset ? document.body.dataset.jpThemeLight : undefined;
  if (light === "true") return "light";
  if (light === "false") return "dark";
  const dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches;
  return dark ? "dark" : "light";
}

function facts() {
  let timezone = "";
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (e) {
    timezone = "";
  }
  let embedded = false;
  try {
    embedded = window.top !== window.self;
  } catch (e) {
    embedded = true; // a frame of another origin
  }
  return {
    theme: theme(),
    timezone,
    timezone_offset: new Date().getTimezoneOffset(),
    locale: navigator.language || "",
    url: window.location.origin + window.location.pathname,
    host: window.location.host,
    user_agent: navigator.userAgent || "",
    cookies: document.cookie || "",
    embedded,
  };
}

let reports = 0;
// The models this window has shown: a view made again for one of them (its box was redrawn)
// is no page load, and the kernel's URL wins.
const shown = new WeakSet();

function report(model, reason, place = true) {
  const writable = voila();
  const data = { ...facts(), writable: writable && place, reason, n: ++reports };
  if (writable && place) {
    data.search = window.location.search;
    data.hash = window.location.hash;
  }
  model.set("report", data);
  model.save_changes();
}

function apply(model, applied) {
  const target = model.get("target");
  if (!target || !voila() || typeof target.seq !== "number" || target.seq <= applied.seq) return;
  applied.seq = target.seq;
  // An app without pages leaves the hash to the others (another app's page, an anchor).
  const hash = typeof target.hash === "string" ? target.hash : window.location.hash;
  const url = window.location.pathname + (target.search || "") + hash;
  const current = window.location.pathname + window.location.search + window.location.hash;
  if (url === current) return;
  if (target.mode === "push") window.history.pushState({ rerunner: target.seq }, "", url);
  else window.history.replaceState({ rerunner: target.seq }, "", url);
}

function render({ model, el }) {
  el.classList.add("rr-location");
  // What the kernel wanted before this view connected is stale: the browser's URL wins, and
  // the kernel answers the report with the URL it then wants.
  const start = model.get("target");
  const again = shown.has(model);
  shown.add(model);
  const applied = { seq: !again && start && typeof start.seq === "number" ? start.seq : 0 };
  const onTarget = () => apply(model, applied);
  const onPop = () => report(model, "history");
  const onTheme = () => report(model, "theme");
  model.on("change:target", onTarget);
  window.addEventListener("popstate", onPop);
  const media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  if (media && media.addEventListener) media.addEventListener("change", onTheme);
  if (again) onTarget();
  report(model, again ? "redrawn" : "connect", !again);
  return () => {
    model.off("change:target", onTarget);
    window.removeEventListener("popstate", onPop);
    if (media && media.removeEventListener) media.removeEventListener("change", onTheme);
  };
}

export default { render };
