// Shared by the front ends that use the visitor's camera and microphone: opening a device with
// getUserMedia, the message shown when that fails, and the record a finished file travels in.
//
// A file goes to the kernel as the widget's `value` trait: {name, type, size, content}, where
// content is a DataView. ipywidgets sends typed arrays and DataViews inside a state update as
// binary buffers of the comm message (not as base64 in the JSON), and the kernel puts them back
// in place as memoryviews.

export function stopStream(stream) {
  if (stream) for (const track of stream.getTracks()) track.stop();
}

// Why the device could not be opened, in words for the visitor.
export function deviceProblem(error, device) {
  const name = error && error.name;
  if (name === "NotAllowedError" || name === "PermissionDeniedError" || name === "SecurityError") {
    return `This app would like to use your ${device}, but access was denied. Allow this page to use the ${device} in your browser's site settings, then reload the page.`;
  }
  if (name === "NotFoundError" || name === "DevicesNotFoundError" || name === "OverconstrainedError") {
    return `No ${device} was found. Connect one and try again.`;
  }
  if (name === "NotReadableError" || name === "TrackStartError" || name === "AbortError") {
    return `The ${device} could not be started: another application may be using it.`;
  }
  if (name === "Insecure") {
    return `The browser offers the ${device} only to secure pages (https, or localhost): open this page over https to use it.`;
  }
  return `The ${device} could not be opened${error && error.message ? ": " + error.message : "."}`;
}

// The device's stream; a rejected promise (with a name deviceProblem knows) when it fails.
export async function openDevice(constraints) {
  const media = typeof navigator !== "undefined" ? navigator.mediaDevices : undefined;
  if (!media || typeof media.getUserMedia !== "function") {
    const error = new Error("no mediaDevices");
    error.name = "Insecure";
    throw error;
  }
  return media.getUserMedia(constraints);
}

export function fileRecord(name, type, buffer) {
  return { name, type, size: buffer.byteLength, content: new DataView(buffer) };
}

export function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function button(label, className) {
  const node = element("button", `rr-device-button ${className || ""}`.trim(), label);
  node.type = "button";
  return node;
}
