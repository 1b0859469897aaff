// rerunner's Vega-Lite chart: st.altair_chart, st.vega_lite_chart (and the simple charts built
// as Vega-Lite specs), drawn by vega-embed bundled here, so nothing is fetched at run time.
//
// Width "stretch" is the width of this widget's element, measured with a ResizeObserver and
// written into the spec: Vega's own `width: "container"` observes the chart's parent, which in a
// notebook output grows with the chart it sizes, and the page never settles.
// The theme follows JupyterLab's (body[data-jp-theme-light]) or, outside JupyterLab, the page's
// color scheme, and is redrawn when either changes.
// A selection is reported as Streamlit's front end reports it: {"selection": {param: value}},
// every parameter present, a point selection as the list of its points, an interval as
// {field: [min, max]}. It travels as a custom message, so the same selection made twice
// reruns twice, as in Streamlit.
// After each draw the view is written as SVG into the `image` trait: the kernel keeps it, so a
// saved and exported notebook can show a picture of the chart (see docs/architecture.md).
/*! rerunner's chart bundle includes:
 * vega, vega-lite, vega-embed, vega-tooltip, vega-themes and the other vega-* modules:
 *   Copyright (c) 2015-2025, University of Washington Interactive Data Lab. All rights reserved.
 *   BSD-3-Clause: Redistribution and use in source and binary forms, with or without
 *   modification, are permitted provided that the following conditions are met:
 *   1. Redistributions of source code must retain the above copyright notice, this list of
 *   conditions and the following disclaimer. 2. Redistributions in binary form must reproduce
 *   the above copyright notice, this list of conditions and the following disclaimer in the
 *   documentation and/or other materials provided with the distribution. 3. Neither the name of
 *   the copyright holder nor the names of its contributors may be used to endorse or promote
 *   products derived from this software without specific prior written permission.
 *   THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS
 *   OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
 *   MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
 *   COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
 *   EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF
 *   SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION)
 *   HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR
 *   TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS
 *   SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 * d3-ease: Copyright 2001 Robert Penner, 2010-2024 Mike Bostock; BSD-3-Clause (as above).
 * d3-array, d3-color, d3-delaunay, d3-dispatch, d3-dsv, d3-force, d3-format, d3-geo,
 * d3-geo-projection, d3-hierarchy, d3-interpolate, d3-path, d3-quadtree, d3-scale,
 * d3-scale-chromatic, d3-shape, d3-time, d3-time-format, d3-timer, internmap: Copyright
 *   2010-2025 Mike Bostock; delaunator: Copyright 2017 Mapbox; topojson-client: Copyright
 *   2012-2019 Michael Bostock; semver: Copyright Isaac Z. Schlueter and Contributors.
 *   ISC: Permission to use, copy, modify, and/or distribute this software for any purpose
 *   with or without fee is hereby granted, provided that the above copyright notice and this
 *   permission notice appear in all copies. THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR
 *   DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 *   MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL,
 *   DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF
 *   USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS
 *   ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 * fast-json-patch, json-stringify-pretty-compact: MIT (notices below where the sources
 *   carry them); robust-predicates: Unlicense; tslib: 0BSD.
 */
import embed from "vega-embed";

const CATEGORY = [
  "#0068c9", "#83c9ff", "#ff2b2b", "#ffabab", "#29b09d",
  "#7defa1", "#ff8700", "#ffd16a", "#6d3fc0", "#d5dae5",
];

function isDark() {
  const light = document.body && document.body.dataset.jpThemeLight;
  if (light === "true") return false;
  if (light === "false") return true;
  return Boolean(window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches);
}

// Streamlit's look for theme="streamlit": its palette and font, quiet axes.
function streamlitConfig(dark) {
  const text = dark ? "#fafafa" : "#31333f";
  const muted = dark ? "#a3a8b8" : "#808495";
  const grid = dark ? "#31333f" : "#e6eaf1";
  return {
    background: null,
    font: '"Source Sans Pro", "Source Sans 3", sans-serif',
    view: { stroke: null },
    range: { category: CATEGORY },
    axis: {
      labelColor: muted, titleColor: text, gridColor: grid, domainColor: grid,
      tickColor: grid, labelFontSize: 12, titleFontSize: 12, titleFontWeight: 400,
    },
    legend: { labelColor: muted, titleColor: text, labelFontSize: 12, titleFontSize: 12 },
    title: { color: text, fontSize: 16 },
    header: { labelColor: text, titleColor: text },
    text: { color: text },
    mark: { color: CATEGORY[0] },
  };
}

function darkDefaults() {
  const text = "#fafafa";
  return {
    background: null,
    axis: { labelColor: text, titleColor: text, gridColor: "#444", domainColor: "#888", tickColor: "#888" },
    legend: { labelColor: text, titleColor: text },
    title: { color: text },
    header: { labelColor: text, titleColor: text },
    text: { color: text },
  };
}

function isComposite(spec) {
  return ["hconcat", "vconcat", "concat", "facet", "repeat"].some((k) => k in spec) ||
    Boolean(spec.encoding && ["row", "column", "facet"].some((k) => k in spec.encoding));
}

// The point list of a point selection, or the {field: range} of an interval.
function selectionValue(value) {
  if (!value || typeof value !== "object") return {};
  if (value.vlPoint && Array.isArray(value.vlPoint.or)) return value.vlPoint.or;
  const out = {};
  for (const [k, v] of Object.entries(value)) if (k !== "vlPoint") out[k] = v;
  return out;
}

function render({ model, el }) {
  el.classList.add("rr-vega-host");
  const box = document.createElement("div");
  box.className = "rr-vega";
  el.append(box);
  let view = null;
  let drawn = 0; // which draw is current: an older one finishing late is dropped
  let measured = 0;
  let selection = {};
  let timer = null;

  function prepared(width) {
    const spec = JSON.parse(JSON.stringify(model.get("spec") || {}));
    const w = model.get("width");
    const h = model.get("height");
    const single = !isComposite(spec);
    if (typeof w === "number") spec.width = w;
    else if (w === "stretch" && single && width > 0) {
      spec.width = width;
      spec.autosize = { type: "fit", contains: "padding" };
    }
    if (typeof h === "number") spec.height = h;
    const dark = isDark();
    const themed = model.get("theme") === "streamlit" ? streamlitConfig(dark) : dark ? darkDefaults() : {};
    spec.config = { ...themed, ...(spec.config || {}) };
    const alt = model.get("alt");
    if (alt) spec.description = alt;
    return { spec, dark };
  }

  function send() {
    timer = null;
    model.send({ event: "selection", value: { selection: { ...selection } } });
  }

  async function draw() {
    const ticket = ++drawn;
    const { spec, dark } = prepared(measured);
    const params = model.get("selection_params") || [];
    let result;
    try {
      result = await embed(box, spec, {
        actions: false,
        renderer: "svg",
        tooltip: { theme: dark ? "dark" : "light" },
        ast: false,
      });
    } catch (err) {
      box.textContent = `Vega-Lite error: ${err && err.message ? err.message : err}`;
      box.classList.add("rr-vega-error");
      return;
    }
    if (ticket !== drawn) {
      result.finalize();
      return;
    }
    if (view) view.finalize();
    view = result.view;
    box.classList.remove("rr-vega-error");
    selection = Object.fromEntries(params.map((p) => [p, {}]));
    for (const param of params) {
      try {
        view.addSignalListener(param, (_name, value) => {
          selection[param] = selectionValue(value);
          if (timer) clearTimeout(timer);
          timer = setTimeout(send, 150); // a drag fires a signal per mouse move
        });
      } catch (err) {
        console.warn(`rerunner: no selection parameter ${param} in the chart`, err);
      }
    }
    try {
      const svg = await view.toSVG();
      if (ticket === drawn && svg !== model.get("image")) {
        model.set("image", svg);
        model.save_changes();
      }
    } catch (err) {
      console.warn("rerunner: no SVG snapshot of the chart", err);
    }
  }

  const resize = new ResizeObserver(() => {
    const width = Math.floor(el.getBoundingClientRect().width);
    if (width > 0 && width !== measured) {
      measured = width;
      if (model.get("width") === "stretch") draw();
    }
  });
  resize.observe(el);
  const themeWatch = new MutationObserver(() => draw());
  if (document.body) themeWatch.observe(document.body, { attributes: true, attributeFilter: ["data-jp-theme-light"] });
  const scheme = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  if (scheme) scheme.addEventListener("change", draw);

  const redraw = () => draw();
  model.on("change:spec", redraw);
  model.on("change:width", redraw);
  model.on("change:height", redraw);
  model.on("change:theme", redraw);
  model.on("change:selection_params", redraw);
  measured = Math.floor(el.getBoundingClientRect().width);
  draw();

  return () => {
    drawn++;
    resize.disconnect();
    themeWatch.disconnect();
    if (scheme) scheme.removeEventListener("change", draw);
    if (timer) clearTimeout(timer);
    if (view) view.finalize();
    model.off("change:spec", redraw);
    model.off("change:width", redraw);
    model.off("change:height", redraw);
    model.off("change:theme", redraw);
    model.off("change:selection_params", redraw);
  };
}

export default { render };
