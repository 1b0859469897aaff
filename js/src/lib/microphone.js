// A recording from the microphone, taken as raw samples (Web Audio), so that it can be encoded
// as WAV at any sample rate without a codec round trip.
import { encodeWav, resample } from "./wav.js";
import { openDevice, stopStream } from "./devices.js";

export class Microphone {
  // Opens the microphone and starts collecting samples; rejects as openDevice does.
  async start() {
    this.stream = await openDevice({ audio: true, video: false });
    const Context = globalThis.AudioContext || globalThis.webkitAudioContext;
    this.context = new Context();
    if (this.context.state === "suspended") await this.context.resume();
    this.chunks = [];
    this.source = this.context.createMediaStreamSource(this.stream);
    // A ScriptProcessor rather than an AudioWorklet: a worklet needs a module URL, and this
    // front end ships as one file. Its output stays silent; it is connected only to be run.
    this.node = this.context.createScriptProcessor(4096, 1, 1);
    this.node.onaudioprocess = (event) => {
      this.chunks.push(new Float32Array(event.inputBuffer.getChannelData(0)));
    };
    this.source.connect(this.node);
    this.node.connect(this.context.destination);
    this.started = performance.now();
  }

  seconds() {
    return this.started ? (performance.now() - this.started) / 1000 : 0;
  }

  // Stops and returns the recording as WAV bytes at `rate` Hz (0: the device's own rate).
  async stop(rate) {
    const from = this.context.sampleRate;
    this.release();
    const length = this.chunks.reduce((n, c) => n + c.length, 0);
    const samples = new Float32Array(length);
    let at = 0;
    for (const chunk of this.chunks) {
      samples.set(chunk, at);
      at += chunk.length;
    }
    this.chunks = [];
    const target = rate || from;
    return { wav: encodeWav(await resample(samples, from, target), target), rate: target };
  }

  release() {
    if (this.node) {
      this.node.onaudioprocess = null;
      try {
        this.source.disconnect();
        this.node.disconnect();
      } catch (_error) {
        // already disconnected
      }
    }
    stopStream(this.stream);
    this.stream = null;
    if (this.context && this.context.state !== "closed") this.context.close();
    this.started = 0;
  }
}
