// Streamlit's width and height values on an element box: "stretch", "content" or pixels.
export function applySize(el, width, height, contentHeight = "auto") {
  el.style.maxWidth = "100%";
  if (typeof width === "number") el.style.width = `${width}px`;
  else el.style.width = width === "content" ? "fit-content" : "100%";
  if (typeof height === "number") {
    el.style.height = `${height}px`;
    el.style.overflow = "auto";
  } else if (height === "stretch") {
    el.style.height = "100%";
    el.style.minHeight = contentHeight;
  } else {
    el.style.height = contentHeight;
  }
}
