// rerunner's st.camera_input: a live preview of the visitor's camera with a "Take photo" button;
// the photo (a JPEG, as Streamlit takes it) replaces the preview, with a "Clear photo" button.
//
// Traits: `value` is the front end's (the photo taken, as a file record, or null once cleared);
// `committed` is the kernel's: the name of the photo the app holds ("" for none), so a photo the
// app dropped (a form cleared on submit, a reset) goes back to the preview. `resolution` is the
// height asked of the camera (0: about the widget's width), `disabled` stops the camera.
import { button, deviceProblem, element, fileRecord, openDevice, stopStream } from "./lib/devices.js";

function photoName() {
  return `camera-input-${new Date().toISOString().replaceAll(":", "_")}.jpg`;
}

function render({ model, el }) {
  el.classList.add("rr-camera");
  const stage = element("div", "rr-camera-stage");
  const video = element("video", "rr-camera-video");
  video.autoplay = true;
  video.muted = true;
  video.playsInline = true;
  const photo = element("img", "rr-camera-photo");
  photo.alt = "The photo taken";
  const note = element("div", "rr-device-note");
  note.setAttribute("role", "alert");
  stage.append(video, photo, note);
  const take = button("Take photo", "rr-camera-take");
  const clear = button("Clear photo", "rr-camera-clear");
  const bar = element("div", "rr-device-bar");
  bar.append(take, clear);
  el.append(stage, bar);

  let stream = null;
  let opening = null;
  let pending = null; // a photo taken here that the kernel has not acknowledged yet
  let shownUrl = null;
  let gone = false;

  function showPhoto(record) {
    if (shownUrl) URL.revokeObjectURL(shownUrl);
    shownUrl = URL.createObjectURL(new Blob([record.content], { type: record.type }));
    photo.src = shownUrl;
  }

  function current() {
    if (pending) return pending;
    const value = model.get("value");
    const committed = model.get("committed");
    return value && committed && value.name === committed ? value : null;
  }

  function stop() {
    stopStream(stream);
    stream = null;
    video.srcObject = null;
  }

  async function start() {
    if (stream || opening || gone) return;
    const height = model.get("resolution");
    const width = Math.round(el.clientWidth || 640);
    const constraints = { video: height ? { height: { ideal: height } } : { width: { ideal: width } }, audio: false };
    opening = openDevice(constraints);
    try {
      const opened = await opening;
      if (gone || model.get("disabled") || current()) {
        stopStream(opened);
      } else {
        stream = opened;
        video.srcObject = stream;
        note.textContent = "";
      }
    } catch (error) {
      note.textContent = deviceProblem(error, "camera");
      el.classList.add("rr-device-failed");
    } finally {
      opening = null;
      update();
    }
  }

  function update() {
    const shown = current();
    const disabled = !!model.get("disabled");
    el.classList.toggle("rr-device-disabled", disabled);
    el.classList.toggle("rr-camera-has-photo", !!shown);
    photo.hidden = !shown;
    video.hidden = !!shown || !stream;
    if (shown) {
      if (photo.dataset.name !== shown.name) {
        photo.dataset.name = shown.name;
        showPhoto(shown);
      }
      stop();
    } else {
      photo.dataset.name = "";
      if (disabled) stop();
      else if (!stream && !opening && !el.classList.contains("rr-device-failed")) start();
    }
    take.hidden = !!shown;
    clear.hidden = !shown;
    take.disabled = disabled || !stream || !video.videoWidth; // a frame to take, once playing
    clear.disabled = disabled;
  }

  take.addEventListener("click", () => {
    if (!stream || !video.videoWidth) return;
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d").drawImage(video, 0, 0, canvas.width, canvas.height);
    take.disabled = true;
    canvas.toBlob(async (blob) => {
      if (!blob) return;
      const record = fileRecord(photoName(), "image/jpeg", await blob.arrayBuffer());
      pending = record;
      model.set("value", record);
      model.save_changes();
      update();
    }, "image/jpeg", 1);
  });

  clear.addEventListener("click", () => {
    pending = null;
    model.set("value", null);
    model.save_changes();
    update();
  });

  const onCommittedChange = () => {
    const committed = model.get("committed");
    // Acknowledged (the value now shows it), or "": the app holds no photo (it was cleared, a
    // form cleared on submit, the widget was reset), so the preview comes back.
    if (committed === "" || (pending && committed === pending.name)) pending = null;
    update();
  };
  video.addEventListener("loadeddata", update);
  model.on("change:committed", onCommittedChange);
  model.on("change:disabled", update);
  model.on("change:value", update);
  update();
  return () => {
    gone = true;
    model.off("change:committed", onCommittedChange);
    model.off("change:disabled", update);
    model.off("change:value", update);
    stop();
    if (shownUrl) URL.revokeObjectURL(shownUrl);
  };
}

export default { render };
