// WAV encoding in the browser: mono 16-bit PCM at a chosen sample rate, as Streamlit's audio
// input sends its recordings.

// Samples at `from` Hz brought to `to` Hz. OfflineAudioContext does the band-limited resampling
// the browser's audio engine does; a linear interpolation is the fallback where it is missing.
export async function resample(samples, from, to) {
  if (!to || to === from || samples.length === 0) return samples;
  const frames = Math.max(1, Math.round((samples.length * to) / from));
  const Offline = globalThis.OfflineAudioContext || globalThis.webkitOfflineAudioContext;
  if (Offline) {
    try {
      const offline = new Offline(1, frames, to);
      const buffer = offline.createBuffer(1, samples.length, from);
      buffer.copyToChannel(samples, 0);
      const source = offline.createBufferSource();
      source.buffer = buffer;
      source.connect(offline.destination);
      source.start();
      const rendered = await offline.startRendering();
      return rendered.getChannelData(0).slice();
    } catch (_error) {
      // fall through to the interpolation
    }
  }
  const out = new Float32Array(frames);
  const ratio = from / to;
  for (let i = 0; i < frames; i++) {
    const at = i * ratio;
    const j = Math.floor(at);
    const next = Math.min(j + 1, samples.length - 1);
    out[i] = samples[j] + (samples[next] - samples[j]) * (at - j);
  }
  return out;
}

export function encodeWav(samples, rate) {
  const bytes = 44 + samples.length * 2;
  const buffer = new ArrayBuffer(bytes);
  const view = new DataView(buffer);
  const text = (at, s) => {
    for (let i = 0; i < s.length; i++) view.setUint8(at + i, s.charCodeAt(i));
  };
  text(0, "RIFF");
  view.setUint32(4, bytes - 8, true);
  text(8, "WAVE");
  text(12, "fmt ");
  view.setUint32(16, 16, true); // the fmt chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, "data");
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, s < 0 ? s * 0x8000 : s * 0x7fff, true);
  }
  return buffer;
}
