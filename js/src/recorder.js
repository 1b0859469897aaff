// rerunner's microphone recorder: st.audio_input, and the voice-message button of st.chat_input
// (accept_audio=True). A recording is taken as raw samples and encoded in the browser as a mono
// 16-bit WAV at `sample_rate` Hz (0: the device's own rate), as Streamlit sends it.
//
// Traits: `value` is the front end's (the last recording as a file record, or null once
// cleared); `committed` is the kernel's, the name of the recording the app holds ("" for none),
// so a recording the app dropped (a form cleared on submit, a reset) leaves the player.
// `compact` draws only a microphone button (inside a chat input, whose message it sends).
import { button, deviceProblem, element, fileRecord } from "./lib/devices.js";
import { Microphone } from "./lib/microphone.js";

function recordingName(compact) {
  const now = new Date().toISOString();
  // Streamlit's names: its chat input's voice messages, and its audio input's recordings.
  return compact ? `audio-${now.replace(/[:.]/g, "-")}.wav` : `${now.slice(0, 16).replaceAll(":", "-")}_audio.wav`;
}

function clock(seconds) {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function render({ model, el }) {
  const compact = !!model.get("compact");
  el.classList.add("rr-recorder");
  if (compact) el.classList.add("rr-recorder-compact");
  const record = button(compact ? "\u{1F399}" : "\u{1F399} Record", "rr-recorder-record");
  record.title = "Record a voice message";
  record.setAttribute("aria-label", compact ? "Record a voice message" : "Record");
  const time = element("span", "rr-recorder-time", "");
  const player = element("audio", "rr-recorder-player");
  player.controls = true;
  const clear = button("Clear recording", "rr-recorder-clear");
  const note = element("div", "rr-device-note");
  note.setAttribute("role", "alert");
  const bar = element("div", "rr-device-bar");
  bar.append(record, time);
  if (!compact) bar.append(player, clear);
  el.append(bar, note);

  const mic = new Microphone();
  let recording = false;
  let busy = false; // opening the microphone, or encoding
  let pending = null;
  let shownUrl = null;
  let ticker = null;

  function current() {
    if (compact) return null;
    if (pending) return pending;
    const value = model.get("value");
    const committed = model.get("committed");
    return value && committed && value.name === committed ? value : null;
  }

  function update() {
    const disabled = !!model.get("disabled");
    el.classList.toggle("rr-device-disabled", disabled);
    el.classList.toggle("rr-recording", recording);
    const shown = current();
    if (!compact) {
      player.hidden = !shown || recording;
      clear.hidden = !shown || recording;
      clear.disabled = disabled;
      if (shown && player.dataset.name !== shown.name) {
        player.dataset.name = shown.name;
        if (shownUrl) URL.revokeObjectURL(shownUrl);
        shownUrl = URL.createObjectURL(new Blob([shown.content], { type: shown.type }));
        player.src = shownUrl;
      } else if (!shown && player.dataset.name) {
        player.dataset.name = "";
        player.removeAttribute("src");
      }
    }
    record.disabled = disabled || busy;
    if (recording) {
      record.textContent = compact ? "\u23F9" : "\u23F9 Stop";
      record.setAttribute("aria-label", "Stop recording");
    } else {
      record.textContent = compact ? "\u{1F399}" : "\u{1F399} Record";
      record.setAttribute("aria-label", compact ? "Record a voice message" : "Record");
    }
    time.textContent = recording ? clock(mic.seconds()) : "";
    if (disabled && recording) finish(false);
  }

  async function finish(send) {
    recording = false;
    clearInterval(ticker);
    busy = true;
    update();
    try {
      const { wav } = await mic.stop(model.get("sample_rate"));
      if (send) {
        const file = fileRecord(recordingName(compact), "audio/wav", wav);
        pending = compact ? null : file;
        model.set("value", file);
        model.save_changes();
      }
    } finally {
      busy = false;
      update();
    }
  }

  record.addEventListener("click", async () => {
    if (recording) return finish(true);
    busy = true;
    note.textContent = "";
    update();
    try {
      await mic.start();
      recording = true;
      ticker = setInterval(update, 250);
    } catch (error) {
      mic.release();
      note.textContent = deviceProblem(error, "microphone");
    } finally {
      busy = false;
      update();
    }
  });

  clear.addEventListener("click", () => {
    pending = null;
    model.set("value", null);
    model.save_changes();
    update();
  });

  const onCommitted = () => {
    const committed = model.get("committed");
    if (committed === "" || (pending && committed === pending.name)) pending = null;
    update();
  };
  model.on("change:committed", onCommitted);
  model.on("change:disabled", update);
  model.on("change:value", update);
  update();
  return () => {
    model.off("change:committed", onCommitted);
    model.off("change:disabled", update);
    model.off("change:value", update);
    clearInterval(ticker);
    mic.release();
    if (shownUrl) URL.revokeObjectURL(shownUrl);
  };
}

export default { render };
