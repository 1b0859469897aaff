// rerunner's audio and video player for what ipywidgets' Audio and Video cannot do: start and
// end times (st.audio / st.video start_time, end_time, and loop between them), subtitles
// (WebVTT text the kernel already converted from SRT) and starting muted. The media's bytes come
// as a binary trait and play from a blob URL, so nothing is fetched from a server.

function blobUrl(data, type) {
  return URL.createObjectURL(new Blob([data], { type }));
}

function render({ model, el }) {
  const player = document.createElement(model.get("kind") === "audio" ? "audio" : "video");
  player.controls = true;
  player.preload = "metadata";
  el.classList.add("rr-media-player");
  el.appendChild(player);
  let urls = [];

  const start = () => model.get("start") || 0;
  const end = () => model.get("end");

  const draw = () => {
    urls.forEach((u) => URL.revokeObjectURL(u));
    urls = [];
    player.replaceChildren();
    const media = model.get("url") || blobUrl(model.get("value"), model.get("mime"));
    if (!model.get("url")) urls.push(media);
    model.get("tracks").forEach((spec, i) => {
      const track = document.createElement("track");
      track.kind = "subtitles";
      track.label = spec.label;
      track.src = blobUrl(spec.vtt, "text/vtt");
      urls.push(track.src);
      if (i === 0) track.default = true; // shown at first, as Streamlit does
      player.appendChild(track);
    });
    player.muted = model.get("muted");
    player.autoplay = model.get("autoplay");
    player.title = model.get("alt") || "";
    if (model.get("alt")) player.setAttribute("aria-label", model.get("alt"));
    player.src = media;
  };

  const onLoaded = () => {
    if (start() > 0) player.currentTime = start();
    if (player.textTracks.length) player.textTracks[0].mode = "showing";
  };
  const again = () => {
    player.currentTime = start();
    player.play().catch(() => {});
  };
  const onTime = () => {
    const stop = end();
    if (stop === null || stop === undefined || player.currentTime < stop) return;
    if (model.get("loop")) again();
    else player.pause();
  };
  const onEnded = () => model.get("loop") && again();

  player.addEventListener("loadedmetadata", onLoaded);
  player.addEventListener("timeupdate", onTime);
  player.addEventListener("ended", onEnded);
  draw();
  model.on("change", draw);
  return () => {
    model.off("change", draw);
    urls.forEach((u) => URL.revokeObjectURL(u));
  };
}

export default { render };
