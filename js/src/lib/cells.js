// How each column type draws its cells in the grid: a checkbox as a checkbox, a progress column
// as a bar, chart columns as small SVG charts, images as images, links as links, lists as chips.
// Every value comes from the kernel as JSON; text is always set as text, never as HTML.

const SVG = "http://www.w3.org/2000/svg";
const COLORS = {
  red: "#ff4b4b", orange: "#ffa421", yellow: "#ffe312", green: "#21c354", blue: "#1c83e1",
  violet: "#803df5", gray: "#a3a8b8", grey: "#a3a8b8", primary: "#ff4b4b",
};

function colorOf(name, fallback) {
  if (!name || name === "auto" || name === "auto-inverse") return fallback;
  return COLORS[name] || name;
}

// Black or white, whichever reads better on a chip of that colour (in either theme).
function textOn(color) {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (!hex) return "";
  const channel = (i) => {
    const c = parseInt(hex[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? "#000" : "#fff";
}

function missing(value) {
  return value === null || value === undefined || (typeof value === "number" && Number.isNaN(value));
}

function text(value) {
  const span = document.createElement("span");
  span.textContent = String(value);
  return span;
}

function empty(placeholder) {
  const span = document.createElement("span");
  span.className = "rr-cell-missing";
  span.textContent = placeholder;
  return span;
}

// printf-style and named number formats, as st.column_config.NumberColumn(format=...) takes.
export function formatNumber(value, format) {
  if (typeof value !== "number") return String(value);
  if (!format) return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
  switch (format) {
    case "plain": return String(value);
    case "localized": return value.toLocaleString();
    case "percent": return `${(value * 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}%`;
    case "dollar": return value.toLocaleString("en-US", { style: "currency", currency: "USD" });
    case "euro": return value.toLocaleString("en-US", { style: "currency", currency: "EUR" });
    case "yen": return value.toLocaleString("en-US", { style: "currency", currency: "JPY" });
    case "accounting": return value < 0 ? `(${Math.abs(value).toLocaleString()})` : value.toLocaleString();
    case "compact": return value.toLocaleString("en-US", { notation: "compact" });
    case "scientific": return value.toExponential(4);
    case "engineering": return value.toLocaleString("en-US", { notation: "engineering" });
    case "bytes": {
      const units = ["B", "KB", "MB", "GB", "TB"];
      let v = value, i = 0;
      while (Math.abs(v) >= 1000 && i < units.length - 1) { v /= 1000; i++; }
      return `${Number(v.toFixed(1))}${units[i]}`;
    }
    default: break;
  }
  return format.replace(/%([,0-9.]*)([difsSeE%])/g, (_m, spec, kind) => {
    if (kind === "%") return "%";
    const digits = /\.(\d+)/.exec(spec);
    const comma = spec.includes(",");
    if (kind === "d" || kind === "i") return comma ? Math.round(value).toLocaleString("en-US") : String(Math.round(value));
    if (kind === "f") {
      const places = digits ? Number(digits[1]) : 6;
      return comma ? value.toLocaleString("en-US", { minimumFractionDigits: places, maximumFractionDigits: places }) : value.toFixed(places);
    }
    if (kind === "e" || kind === "E") return value.toExponential(digits ? Number(digits[1]) : 6);
    return String(value);
  });
}

function progress(value, config) {
  const low = config.min_value ?? 0;
  const high = config.max_value ?? (Number.isInteger(value) ? 100 : 1);
  const share = Math.max(0, Math.min(1, (value - low) / ((high - low) || 1)));
  const box = document.createElement("div");
  box.className = "rr-cell-progress";
  const track = document.createElement("div");
  track.className = "rr-progress-track";
  const bar = document.createElement("div");
  bar.className = "rr-progress-bar";
  bar.style.width = `${(share * 100).toFixed(1)}%`;
  bar.style.background = colorOf(config.color, "");
  track.append(bar);
  const label = document.createElement("span");
  label.className = "rr-progress-label";
  label.textContent = config.format ? formatNumber(value, config.format) : `${Math.round(share * 100)}%`;
  box.append(track, label);
  return box;
}

function sparkline(values, type, config) {
  const points = (Array.isArray(values) ? values : []).map(Number).filter((v) => Number.isFinite(v));
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", `rr-cell-chart rr-chart-${type}`);
  svg.setAttribute("viewBox", "0 0 100 24");
  svg.setAttribute("preserveAspectRatio", "none");
  if (!points.length) return svg;
  const low = config.y_min ?? Math.min(...points, type === "bar_chart" ? 0 : Infinity);
  const high = config.y_max ?? Math.max(...points);
  const span = high - low || 1;
  const y = (v) => 23 - ((Math.max(low, Math.min(high, v)) - low) / span) * 22;
  const color = colorOf(config.color, "currentColor");
  if (type === "bar_chart") {
    const w = 100 / points.length;
    points.forEach((v, i) => {
      const rect = document.createElementNS(SVG, "rect");
      rect.setAttribute("x", (i * w + w * 0.1).toFixed(2));
      rect.setAttribute("y", y(v).toFixed(2));
      rect.setAttribute("width", (w * 0.8).toFixed(2));
      rect.setAttribute("height", (23 - y(v)).toFixed(2));
      rect.setAttribute("fill", color);
      svg.append(rect);
    });
    return svg;
  }
  const step = points.length > 1 ? 100 / (points.length - 1) : 0;
  const line = points.map((v, i) => `${(i * step).toFixed(2)},${y(v).toFixed(2)}`).join(" ");
  if (type === "area_chart") {
    const area = document.createElementNS(SVG, "polygon");
    area.setAttribute("points", `0,24 ${line} ${((points.length - 1) * step).toFixed(2)},24`);
    area.setAttribute("fill", color);
    area.setAttribute("fill-opacity", "0.3");
    svg.append(area);
  }
  const poly = document.createElementNS(SVG, "polyline");
  poly.setAttribute("points", line);
  poly.setAttribute("fill", "none");
  poly.setAttribute("stroke", color);
  poly.setAttribute("stroke-width", "1.5");
  poly.setAttribute("vector-effect", "non-scaling-stroke");
  svg.append(poly);
  return svg;
}

function safeUrl(url) {
  const s = String(url).trim();
  return /^(https?:|data:image\/|mailto:|\/)/i.test(s) ? s : null;
}

function image(value) {
  let src = String(value);
  if (src.trim().startsWith("<svg")) src = `data:image/svg+xml;utf8,${encodeURIComponent(src)}`;
  const ok = safeUrl(src);
  if (!ok) return text(value);
  const img = document.createElement("img");
  img.className = "rr-cell-image";
  img.src = ok;
  img.alt = "";
  return img;
}

function link(value, config) {
  const href = safeUrl(value);
  if (!href) return text(value);
  const a = document.createElement("a");
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  let shown = String(value);
  const display = config.display_text;
  if (display) {
    try {
      const match = new RegExp(display).exec(shown);
      shown = match ? (match[1] ?? match[0]) : display;
    } catch (_error) {
      shown = display;
    }
  }
  a.textContent = shown;
  return a;
}

function chips(values, options) {
  const box = document.createElement("div");
  box.className = "rr-cell-chips";
  const labels = new Map((options || []).map((o) => (o && typeof o === "object" ? [String(o.value), o] : [String(o), { value: o }])));
  for (const v of Array.isArray(values) ? values : [values]) {
    const chip = document.createElement("span");
    chip.className = "rr-chip";
    const option = labels.get(String(v));
    chip.textContent = option && option.label ? option.label : String(v);
    if (option && option.color) {
      const color = colorOf(option.color, "");
      chip.style.background = color;
      chip.style.color = textOn(color);
    }
    box.append(chip);
  }
  return box;
}

function checkbox(value, editable) {
  const box = document.createElement("input");
  box.type = "checkbox";
  box.className = "rr-cell-checkbox";
  box.checked = value === true;
  box.tabIndex = -1;
  if (!editable) box.disabled = true;
  box.addEventListener("click", (event) => event.preventDefault()); // the cell's click toggles
  return box;
}

function when(value, type, format) {
  if (!format || format === "iso8601") return String(value);
  const date = new Date(type === "time" ? `1970-01-01T${value}` : value);
  if (Number.isNaN(date.getTime())) return String(value);
  if (format === "localized") {
    if (type === "date") return date.toLocaleDateString();
    if (type === "time") return date.toLocaleTimeString();
    return date.toLocaleString();
  }
  return String(value);
}

export function formatterFor(column, placeholder) {
  const config = column.config || {};
  return (cell) => {
    const value = cell.getValue();
    if (column.type === "checkbox") return checkbox(value, column.editable);
    if (missing(value) || (Array.isArray(value) && !value.length && column.type !== "list")) {
      return empty(placeholder);
    }
    switch (column.type) {
      case "number":
        return text(formatNumber(value, config.format));
      case "progress":
        return typeof value === "number" ? progress(value, config) : text(value);
      case "line_chart":
      case "bar_chart":
      case "area_chart":
        return sparkline(value, column.type, config);
      case "image":
        return image(value);
      case "link":
        return link(value, config);
      case "json":
        return text(typeof value === "string" ? value : JSON.stringify(value));
      case "list":
      case "multiselect":
        return chips(value, config.options);
      case "selectbox": {
        const option = (config.options || []).find((o) => (o && typeof o === "object" ? o.value : o) === value);
        return text(option && typeof option === "object" ? option.label ?? option.value : value);
      }
      case "date":
      case "time":
      case "datetime":
        return text(when(value, column.type, config.format));
      default:
        return text(value);
    }
  };
}

// A value as an editor left it, for the kernel (which parses and checks it).
export function parseForEditor(value) {
  return value === undefined ? null : value;
}
