// What rerunner's iframes share: the sandbox and feature policy Streamlit's front end gives its
// own iframes (st.iframe, components.html, custom components), and sizing helpers.

export const SANDBOX = [
  "allow-forms",
  "allow-modals",
  "allow-popups",
  "allow-popups-to-escape-sandbox",
  "allow-same-origin",
  "allow-scripts",
  "allow-downloads",
].join(" ");

export const ALLOW = [
  "accelerometer",
  "ambient-light-sensor",
  "autoplay",
  "battery",
  "camera",
  "clipboard-write",
  "document-domain",
  "encrypted-media",
  "fullscreen",
  "geolocation",
  "gyroscope",
  "layout-animations",
  "legacy-image-formats",
  "magnetometer",
  "microphone",
  "midi",
  "oversized-images",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "sync-xhr",
  "usb",
  "vr ",
  "wake-lock",
  "xr-spatial-tracking",
].join("; ");

export function makeFrame() {
  const frame = document.createElement("iframe");
  frame.setAttribute("sandbox", SANDBOX);
  frame.setAttribute("allow", ALLOW);
  frame.style.border = "none";
  frame.style.display = "block";
  frame.style.colorScheme = "normal";
  return frame;
}

export function setTabIndex(frame, tabIndex) {
  if (tabIndex === null || tabIndex === undefined) frame.removeAttribute("tabindex");
  else frame.tabIndex = tabIndex;
}

// A length for CSS from a size trait: pixels for numbers, otherwise `fallback`.
export function px(size, fallback) {
  return typeof size === "number" ? `${size}px` : fallback;
}
