"""Media and charts in process: image, audio, video, pyplot, the simple charts, Altair,
Vega-Lite, and st.write's dispatch to them."""

from __future__ import annotations

import io
import wave

import ipywidgets as w
import pytest
from PIL import Image

from tests.support.inprocess import Harness
from tests.support.reference import rerunner_error

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def images(h: Harness) -> list[w.Image]:
    return [x for x in h.all() if isinstance(x, w.Image)]


def decoded(widget: w.Image) -> Image.Image:
    return Image.open(io.BytesIO(bytes(widget.value)))


def png_file(path, size=(3, 2), color=(255, 0, 0)) -> bytes:
    Image.new("RGB", size, color).save(path, format="PNG")
    return path.read_bytes()


# --- image ----------------------------------------------------------------------------------


def test_image_from_array_pil_bytes_path_and_url(tmp_path) -> None:
    data = png_file(tmp_path / "red.png")
    src = f"""
import numpy as np
from PIL import Image
st.image(np.zeros((4, 6, 3)), caption="black")
st.image(Image.new("RGB", (5, 5), (0, 255, 0)))
st.image({data!r}, width=50)
st.image({str(tmp_path / "red.png")!r})
st.image("https://example.com/cat.png")
"""
    h = Harness(src)
    assert h.exceptions() == []
    black, green, from_bytes, from_path, url = images(h)
    assert decoded(black).size == (6, 4) and decoded(black).getpixel((0, 0)) == (0, 0, 0)
    assert decoded(green).getpixel((2, 2)) == (0, 255, 0)
    assert (
        bytes(from_bytes.value) == data
        and from_bytes.format == "png"
        and from_bytes.layout.width == "50px"
    )
    assert bytes(from_path.value) == data
    assert (url.format, bytes(url.value)) == ("url", b"https://example.com/cat.png")
    assert "black" in h.text()  # the caption


def test_image_lists_captions_and_array_rules() -> None:
    h = Harness(
        "import numpy as np\nst.image([np.ones((2, 2)), np.zeros((2, 2))], caption=['one', 'two'], channels='BGR')"
    )
    one, two = images(h)
    assert decoded(one).getpixel((0, 0)) == 255 and decoded(two).getpixel((0, 0)) == 0
    assert "one" in h.text() and "two" in h.text()
    bgr = Harness(
        "import numpy as np\na = np.zeros((1, 1, 3), dtype=np.uint8); a[0, 0] = (255, 0, 0)\nst.image(a, channels='BGR')"
    )
    assert decoded(images(bgr)[0]).getpixel((0, 0)) == (0, 0, 255)
    clamped = Harness("import numpy as np\nst.image(np.full((2, 2), 2.0), clamp=True)")
    assert decoded(images(clamped)[0]).getpixel((0, 0)) == 255
    jpeg = Harness("import numpy as np\nst.image(np.zeros((2, 2, 3)), output_format='JPEG')")
    assert images(jpeg)[0].format == "jpeg" and bytes(images(jpeg)[0].value).startswith(b"\xff\xd8")


def test_use_column_width_warns_as_streamlit_does() -> None:
    h = Harness("import numpy as np\nst.image(np.zeros((2, 2)), use_column_width=True)")
    [alert] = h.elements("alert")
    assert alert.props.level == "warning" and "use_column_width" in alert.props.body
    assert len(images(h)) == 1


def test_an_image_with_a_link_opens_it() -> None:
    h = Harness("import numpy as np\nst.image(np.zeros((2, 2)), link='https://x.org', alt='dot')")
    [linked] = [x for x in h.all() if "rr-image-link" in getattr(x, "_dom_classes", ())]
    assert '<a href="https://x.org" target="_blank"' in linked.value
    assert '<img src="data:image/png;base64,' in linked.value and 'alt="dot"' in linked.value
    assert rerunner_error(
        "import numpy as np\nst.image([np.zeros((2, 2))] * 2, link='https://x')"
    ) == (
        "The `link` parameter is only supported when displaying a single image. "
        "You passed 2 images."
    )


# --- audio and video ------------------------------------------------------------------------


def test_audio_from_numpy_is_a_wav_file_and_bytes_pass_through(tmp_path) -> None:
    (tmp_path / "clip.mp3").write_bytes(b"ID3fake")
    h = Harness(f"""
import numpy as np
st.audio(np.sin(np.linspace(0, 100, 8000)), sample_rate=8000, loop=True)
st.audio(b"RIFFfake", format="audio/ogg", autoplay=True)
st.audio({str(tmp_path / "clip.mp3")!r})
st.video("https://example.com/movie.mp4")
""")
    generated, raw, from_path = [x for x in h.all() if isinstance(x, w.Audio)]
    with wave.open(io.BytesIO(bytes(generated.value))) as f:
        assert (f.getframerate(), f.getnchannels(), f.getnframes()) == (8000, 1, 8000)
    assert generated.format == "wav" and generated.loop and generated.controls
    assert (bytes(raw.value), raw.format, raw.autoplay) == (b"RIFFfake", "ogg", True)
    assert bytes(from_path.value) == b"ID3fake" and from_path.format == "mpeg"
    [video] = [x for x in h.all() if isinstance(x, w.Video)]
    assert (video.format, bytes(video.value)) == ("url", b"https://example.com/movie.mp4")


SRT = "1\n00:00:01,000 --> 00:00:02,500\nHello\n"


def test_start_end_loop_subtitles_and_muted_go_to_the_player(tmp_path) -> None:
    from rerunner.render.media import MediaPlayer

    (tmp_path / "fr.srt").write_text(SRT)
    h = Harness(
        "import datetime\n"
        "st.audio(b'ID3x', format='audio/mpeg', start_time='2s', end_time=datetime.timedelta(seconds=5), loop=True)\n"
        f"st.video(b'vid', subtitles={{'English': SRT, 'French': {str(tmp_path / 'fr.srt')!r}}}, muted=True)\n"
        "st.video(b'plain')\n",
        namespace={"SRT": SRT},
    )
    assert h.errors() == []
    audio, video = [x for x in h.all() if isinstance(x, MediaPlayer)]
    assert (audio.kind, audio.start, audio.end, audio.loop, audio.mime) == (
        "audio",
        2.0,
        5.0,
        True,
        "audio/mpeg",
    )
    assert bytes(audio.value) == b"ID3x"
    assert video.muted and [t["label"] for t in video.tracks] == ["English", "French"]
    assert video.tracks[0]["vtt"] == "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\nHello"
    assert video.tracks[1]["vtt"] == video.tracks[0]["vtt"]
    assert [type(x) for x in h.all() if isinstance(x, w.Video)] == [w.Video]  # the plain one


@pytest.mark.parametrize(
    "app",
    [
        "st.video(b'x', start_time=5, end_time=3)",
        "st.video(b'x', start_time=-1)",
        "st.audio(b'x', start_time='soon')",
        "st.video(b'x', start_time='soon')",
        "st.video(b'x', end_time='later')",
        "st.video(b'x', subtitles=5)",
        "st.video(b'x', subtitles='not subtitles')",
        "st.video(b'x', subtitles={'a': 3})",
        "from pathlib import Path\nst.video(b'x', subtitles=Path('/nope.vtt'))",
    ],
)
def test_bad_media_times_and_subtitles_get_streamlits_errors(app: str) -> None:
    from tests.support.reference import streamlit_error

    expected = streamlit_error(app)
    assert expected is not None and rerunner_error(app) == expected


# --- pyplot ---------------------------------------------------------------------------------

PYPLOT = """
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
fig, ax = plt.subplots()
ax.plot([1, 2, 3])
st.pyplot(fig)
st.session_state["open_after"] = plt.get_fignums()
other = plt.figure()  # made and never shown
st.button("again")
"""


def test_pyplot_renders_png_and_leaks_no_figures() -> None:
    import matplotlib.pyplot as plt

    plt.close("all")
    h = Harness(PYPLOT)
    [image] = images(h)
    assert bytes(image.value).startswith(PNG_MAGIC) and image.layout.width == "100%"
    assert h.state["open_after"] == []  # st.pyplot let its figure go
    for _ in range(5):
        h.click(h.find(w.Button, "again"))
    assert plt.get_fignums() == []  # the unshown figure of each run is closed too


def test_pyplot_clear_figure_and_savefig_options() -> None:
    h = Harness("""
from matplotlib.figure import Figure
fig = Figure(figsize=(2, 1))
fig.add_subplot().plot([1, 2])
st.pyplot(fig, clear_figure=True, dpi=50)
st.session_state["axes_left"] = len(fig.axes)
""")
    assert h.state["axes_left"] == 0
    assert decoded(images(h)[0]).size[0] < 150  # 2 inches at 50 dpi, trimmed


# --- simple charts --------------------------------------------------------------------------

CHARTS = """
import pandas as pd
df = pd.DataFrame({"day": ["mon", "tue", "wed"], "a": [1, 3, 2], "b": [2, 1, 4]})
st.line_chart(df, x="day")
st.bar_chart(df, x="day", y=["a", "b"], stack=False, horizontal=True)
st.area_chart(df, x="day", stack="normalize", color=["#ff0000", "#00ff00"])
st.scatter_chart(df, x="a", y="b", size=80)
"""


def test_simple_charts_are_vega_lite_charts_redrawn_only_when_data_changes() -> None:
    from rerunner.render.vega import VegaChart

    h = Harness(CHARTS + "st.button('again')")
    charts = [x for x in h.all() if isinstance(x, VegaChart)]
    assert len(charts) == 4 and not images(h)
    assert [el.props.chart for el in h.elements("vega_lite_chart")] == [
        "line_chart",
        "bar_chart",
        "area_chart",
        "scatter_chart",
    ]
    assert all(c.width == "stretch" and c.spec["height"] == 350 for c in charts)
    before = [c.spec for c in charts]
    h.click(h.find(w.Button, "again"))
    after = [x for x in h.all() if isinstance(x, VegaChart)]
    assert after == charts and [c.spec for c in after] == before


def test_chart_colour_column_splits_series_and_size_sets_pixels() -> None:
    from rerunner.render.vega import VegaChart

    src = """
import pandas as pd
long = pd.DataFrame({"x": [1, 2, 1, 2], "y": [1, 2, 3, 4], "g": ["p", "p", "q", "q"]})
st.line_chart(long, x="x", y="y", color="g", width=300, height=200)
"""
    h = Harness(src)
    [chart] = [x for x in h.all() if isinstance(x, VegaChart)]
    assert h.exceptions() == [] and chart.width == 300 and chart.height == 200
    assert chart.spec["height"] == 200
    rows = chart.spec["data"]["values"]
    assert sorted((r["color"], r["x"], r["y"]) for r in rows) == [
        ("p", 1, 1),
        ("p", 2, 2),
        ("q", 1, 3),
        ("q", 2, 4),
    ]


# --- st.write -------------------------------------------------------------------------------


def test_write_sends_frames_figures_images_and_charts_to_their_elements() -> None:
    h = Harness("""
import numpy as np, pandas as pd
from PIL import Image
from matplotlib.figure import Figure
import altair as alt
st.write(pd.DataFrame({"a": [1]}), pd.Series([1]), np.array([1, 2]))
st.write(Figure(figsize=(1, 1)))
st.write(Image.new("RGB", (2, 2)))
st.write(alt.Chart(pd.DataFrame({"a": [1]})).mark_point())
st.write("text", {"json": 1})
""")
    kinds = [el.kind for el in h.app.tree.children]
    assert kinds == [
        "dataframe",
        "dataframe",
        "dataframe",
        "image",
        "image",
        "vega_lite_chart",
        "markdown",
        "json",
    ]
