// rerunner's host for custom components (components.v1.declare_component): the component's
// page in a sandboxed iframe, and the relay of Streamlit's component protocol between it and
// the kernel.
//
// The page posts `streamlit:componentReady` (apiVersion 1), then `streamlit:setComponentValue`
// (dataType json or bytes) and `streamlit:setFrameHeight`; this host answers the first, and
// every change of the arguments, with `streamlit:render` (args, dfs, disabled, theme), as
// Streamlit's front end does: dataframe arguments arrive from the kernel as Streamlit's
// ArrowTable (data, index and columns, each Arrow IPC bytes) and go into `dfs`, which
// streamlit-component-lib parses. A value goes to the kernel as a custom message: bytes as a
// binary buffer, a dataframe (`ArrowTable.serialize()`) as its three Arrow buffers.
//
// Where the page comes from: `url` (a dev server) is the iframe's src, with the `streamlitUrl`
// query Streamlit adds. Otherwise `files` holds the component's folder, sent by the kernel:
// each file becomes a blob URL, and the references between them (src/href in HTML, url() and
// @import in CSS, import specifiers in JavaScript) are rewritten to those URLs, so the page
// loads from memory with no server route (Voila, JupyterHub). References in a cycle of files,
// or built at run time, are left as they are.
import { makeFrame, setTabIndex } from "./lib/frame.js";

// Streamlit 1.67's light theme, as the `theme` of a render message: the fields its front end
// exports to v1 components that streamlit-component-lib reads (its colours and fonts).
const THEME = {
  base: "light",
  primaryColor: "#ff4b4b",
  backgroundColor: "#ffffff",
  secondaryBackgroundColor: "#f0f2f6",
  textColor: "#31333F",
  bodyFont: '"Source Sans", sans-serif',
  font: '"Source Sans", sans-serif',
};

const TYPES = {
  html: "text/html",
  htm: "text/html",
  js: "text/javascript",
  mjs: "text/javascript",
  cjs: "text/javascript",
  css: "text/css",
  json: "application/json",
  map: "application/json",
  svg: "image/svg+xml",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  ico: "image/x-icon",
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  wasm: "application/wasm",
  txt: "text/plain",
};

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/|#)/i;

function extension(path) {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? "" : path.slice(dot + 1).toLowerCase();
}

function bytesOf(view) {
  if (view instanceof Uint8Array) return view;
  if (view instanceof ArrayBuffer) return new Uint8Array(view);
  if (ArrayBuffer.isView(view)) return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  return new Uint8Array(0);
}

// The folder-relative path `ref` points at from the file `from`, or null for URLs elsewhere.
function resolve(from, ref) {
  if (!ref || EXTERNAL.test(ref)) return null;
  const bare = ref.split(/[?#]/)[0];
  const parts = from.split("/").slice(0, -1);
  for (const part of bare.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

// Blob URLs for a folder of files; `url(path)` makes each once, its dependencies first.
function serve(files) {
  const decoder = new TextDecoder();
  const made = new Map();
  const making = new Set();

  function link(from, ref) {
    const target = resolve(from, ref);
    if (target === null || !(target in files)) return ref;
    const url = urlOf(target);
    if (!url) return ref; // a cycle
    const hash = ref.indexOf("#");
    return hash >= 0 ? url + ref.slice(hash) : url;
  }

  const css = (path, text) =>
    text
      .replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (m, q, ref) => `url(${q}${link(path, ref)}${q})`)
      .replace(/@import\s+(['"])([^'"]+)\1/g, (m, q, ref) => `@import ${q}${link(path, ref)}${q}`);

  const js = (path, text) =>
    text
      .replace(
        /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"\n]+)\2/g,
        (m, head, q, ref) => `${head}${q}${link(path, ref)}${q}`,
      )
      .replace(
        /new\s+URL\(\s*(['"])(\.{1,2}\/[^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g,
        (m, q, ref) => `new URL(${q}${link(path, ref)}${q})`,
      );

  function html(path, text) {
    const doc = new DOMParser().parseFromString(text, "text/html");
    for (const node of doc.querySelectorAll("[src], [href]")) {
      for (const name of ["src", "href"]) {
        const value = node.getAttribute(name);
        if (value !== null) node.setAttribute(name, link(path, value));
      }
    }
    for (const node of doc.querySelectorAll("style")) node.textContent = css(path, node.textContent);
    for (const node of doc.querySelectorAll("script:not([src])")) {
      node.textContent = js(path, node.textContent);
    }
    const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}>\n` : "";
    return doctype + doc.documentElement.outerHTML;
  }

  function urlOf(path) {
    if (made.has(path)) return made.get(path);
    if (making.has(path)) return null;
    making.add(path);
    const ext = extension(path);
    const type = TYPES[ext] || "application/octet-stream";
    let body = bytesOf(files[path]);
    const rewrite = { html, htm: html, css, js, mjs: js }[ext];
    if (rewrite) body = rewrite(path, decoder.decode(body));
    const url = URL.createObjectURL(new Blob([body], { type }));
    making.delete(path);
    made.set(path, url);
    return url;
  }

  return {
    url: urlOf,
    revoke() {
      for (const url of made.values()) URL.revokeObjectURL(url);
      made.clear();
    },
  };
}

function render({ model, el }) {
  el.classList.add("rr-component-host");
  const note = document.createElement("div");
  note.className = "rr-component-note";
  note.hidden = true;
  const frame = makeFrame();
  frame.className = "stCustomComponentV1";
  frame.style.width = "100%";
  frame.setAttribute("scrolling", "no");
  el.append(note, frame);

  let ready = false;
  let served = null;

  function say(text) {
    note.textContent = text;
    note.hidden = !text;
  }

  function args() {
    const all = { ...model.get("args") };
    for (const [key, value] of Object.entries(model.get("bytes_args") || {})) {
      all[key] = bytesOf(value);
    }
    return all;
  }

  function dfs() {
    return Object.entries(model.get("dataframe_args") || {}).map(([key, table]) => ({
      key,
      value: {
        data: { data: bytesOf(table.data), index: bytesOf(table.index), columns: bytesOf(table.columns) },
      },
    }));
  }

  function sendRender() {
    if (!ready || !frame.contentWindow) return;
    frame.contentWindow.postMessage(
      { type: "streamlit:render", args: args(), dfs: dfs(), disabled: false, theme: THEME },
      "*",
    );
  }

  function initialHeight() {
    const wanted = Number(model.get("args").height);
    return Number.isFinite(wanted) && model.get("args").height !== "" ? wanted : 0;
  }

  function load() {
    ready = false;
    frame.style.display = "none"; // until the page says it is ready, as in Streamlit
    frame.style.height = `${initialHeight()}px`;
    say("");
    if (served) served.revoke();
    served = null;
    frame.title = model.get("name");
    const url = model.get("url");
    if (url) {
      const target = new URL(url, window.location.href);
      target.searchParams.set("streamlitUrl", window.location.origin + window.location.pathname);
      frame.src = target.href;
      return;
    }
    const files = model.get("files") || {};
    if (!("index.html" in files)) {
      say(`The component ${model.get("name")} has no index.html in its folder.`);
      frame.src = "about:blank";
      return;
    }
    served = serve(files);
    frame.src = served.url("index.html");
  }

  function sendValue(value, dataType) {
    if (value === undefined) return; // Streamlit ignores a message without a value
    if (dataType === "dataframe") {
      const parts = value && [value.data, value.index, value.columns].map(bytesOf);
      if (!parts || parts.some((part) => !part.length)) return;
      model.send({ event: "value", dataType: "dataframe" }, undefined, parts.map((p) => p.slice().buffer));
      return;
    }
    if (dataType === "bytes") {
      const bytes = bytesOf(value);
      model.send({ event: "value", dataType: "bytes" }, undefined, [bytes.slice().buffer]);
      return;
    }
    model.send({ event: "value", dataType: "json", value });
  }

  function onMessage(event) {
    if (event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || typeof data !== "object" || !data.isStreamlitMessage) return;
    switch (data.type) {
      case "streamlit:componentReady":
        if (data.apiVersion !== 1) {
          say(`Unrecognized component API version: '${data.apiVersion}'`);
          return;
        }
        ready = true;
        frame.style.display = "block";
        sendRender();
        break;
      case "streamlit:setComponentValue":
        if (ready) sendValue(data.value, data.dataType);
        break;
      case "streamlit:setFrameHeight":
        if (ready && data.height !== undefined) {
          frame.height = String(data.height);
          frame.style.height = `${data.height}px`;
        }
        break;
      default:
        break;
    }
  }

  window.addEventListener("message", onMessage);
  setTabIndex(frame, model.get("tab_index"));
  load();
  model.on("change:url change:files change:name", load);
  model.on("change:args change:bytes_args change:dataframe_args", sendRender);
  model.on("change:tab_index", () => setTabIndex(frame, model.get("tab_index")));
  return () => {
    window.removeEventListener("message", onMessage);
    if (served) served.revoke();
  };
}

export default { render };
