"""Page-load time and click-to-update latency of each example app in a real Voila page.

Run by hand (not a test):  python benchmarks/voila_latency.py [--loads 3] [--clicks 20]

Both are measured inside the page with ``performance.now()``:

* **load**: from the start of navigation until the app's text first shows what its first run
  writes (Voila starts a kernel for the page and runs the notebook in it, so this includes a
  kernel start and the notebook's imports);
* **click**: from a button's click (or a selectbox's change) until a MutationObserver sees the
  app's text say what the rerun writes: one comm round trip, the kernel's rerun, the widget
  updates and the browser's layout.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import _paths  # noqa: F401  (puts this checkout's rerunner and tests.support on the path)

from tests.support.browser import REPO, chromium, voila_server

# notebook -> (text of its first run, [(action, target, text the app then shows)]), repeated in turn.
APPS = {
    "00_index.ipynb": ("example apps", []),
    "01_counter.ipynb": ("Count = 0", [("click", "Increment", "Count = {n}")]),
    "02_callbacks.ipynb": ("Count = 0", [("click", "Increment", "Count = {n}")]),
    "03_pagination.ipynb": (
        "Page 1 of 15",
        [("click", "Next", "Page 2 of 15"), ("click", "Previous", "Page 1 of 15")],
    ),
    "04_dependent_widgets.ipynb": (
        "Paris, France",
        [("select", "Japan", "Tokyo, Japan"), ("select", "France", "Paris, France")],
    ),
    "05_tic_tac_toe.ipynb": (
        "X to move",
        [("click", "", "O to move"), ("click", "New game", "X to move")],
    ),
    "06_battleship.ipynb": ("Fire when ready", [("click", "New game", "game {g}")]),
    "07_image_annotation.ipynb": (
        "Type your name",
        [
            ("type", "Your name", "0 of 20 labelled"),
            ("click", "3", "1 of 20 labelled"),
            ("click", "Undo last label", "0 of 20 labelled"),
        ],
    ),
    "08_data_explorer.ipynb": (
        "178 of 178",
        [("select", "Y axis=flavanoids", "@img"), ("select", "Y axis=hue", "@img")],
    ),
}

# Resolves with the milliseconds from the action to the app showing `expected` ("@img": until
# the first image is redrawn). Targets: a button's text, "Label=option" of a selectbox (or just
# the option of the first one), the label of a text input (whose new value is the app's name).
ACT = """async ([kind, target, expected]) => {
  const app = document.querySelector('.rr-app');
  const image = app.querySelector('img');
  const before = image && image.src;
  const shown = () => expected === '@img' ? app.querySelector('img').src !== before : app.innerText.includes(expected);
  const done = new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error(`the app never showed ${expected}`)), 30000);
    const check = () => shown() && resolve(performance.now());
    new MutationObserver(check).observe(app, {subtree: true, childList: true, characterData: true, attributes: true});
  });
  const labelled = (selector, label) => [...app.querySelectorAll(selector)]
    .find(w => w.querySelector('.widget-label') && w.querySelector('.widget-label').innerText.trim() === label);
  const [label, option] = target.includes('=') ? target.split('=') : [null, target];
  const find = () => kind === 'click' ? [...app.querySelectorAll('button')].find(b => b.innerText.trim() === target && !b.disabled)
    : kind === 'select' ? (label ? labelled('.widget-dropdown', label) : app).querySelector('select')
    : labelled('.widget-text', target).querySelector('input');
  // The previous update may still be arriving: wait (untimed) until the target is on the page.
  let element;
  for (let tries = 0; !(element = (() => { try { return find(); } catch (e) { return null; } })()); tries++) {
    if (tries > 600) throw new Error(`no ${kind} target ${target}`);
    await new Promise(r => requestAnimationFrame(r));
  }
  const t0 = performance.now();
  if (kind === 'click') {
    element.click();
  } else {
    element.value = kind === 'select' ? option : 'Benchmark';
    element.dispatchEvent(new Event('change', {bubbles: true}));  // a pick, or Enter in a text field
  }
  return (await done) - t0;
}"""
# Records when the app first shows `text`, in ms since navigation started.
READY = """text => new Promise((resolve, reject) => {
  setTimeout(() => reject(new Error(`the app never showed ${text}`)), 120000);
  const tick = () => {
    const app = document.querySelector('.rr-app');
    if (app && app.innerText.includes(text)) resolve(performance.now()); else requestAnimationFrame(tick);
  };
  tick();
})"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3)
    parser.add_argument("--clicks", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rerunner-latency-") as tmp:
        root = Path(tmp)
        shutil.copytree(
            REPO / "notebooks", root / "notebooks", ignore=shutil.ignore_patterns("*.csv")
        )
        server = voila_server(root / "notebooks", root)
        try:
            server.wait_ready()
            with chromium(root / "profile") as browser:
                rows = [
                    measure(browser, server.url, name, args.loads, args.clicks) for name in APPS
                ]
        finally:
            server.stop()
    print(f"\nVoila, headless chromium, {args.loads} loads and {args.clicks} actions per app (ms)")
    print(f"{'app':30} {'load median':>12} {'load max':>9} {'click median':>13} {'click p90':>10}")
    for name, loads, clicks in rows:
        click_median = f"{statistics.median(clicks):.0f}" if clicks else "-"
        click_p90 = f"{sorted(clicks)[int(0.9 * (len(clicks) - 1))]:.0f}" if clicks else "-"
        print(
            f"{name:30} {statistics.median(loads):12.0f} {max(loads):9.0f} {click_median:>13} {click_p90:>10}"
        )


def measure(
    browser, url: str, name: str, loads: int, clicks: int
) -> tuple[str, list[float], list[float]]:
    ready, actions = APPS[name]
    load_ms, click_ms = [], []
    for attempt in range(loads):
        page = browser.new_page()
        try:
            page.goto(f"{url}/voila/render/{name}", wait_until="commit")
            load_ms.append(page.evaluate(READY, ready))
            if attempt == loads - 1 and actions:
                for n in range(1, clicks + 1):
                    once = [a for a in actions if a[0] == "type"]
                    cycle = [a for a in actions if a[0] != "type"]
                    if n <= len(once):
                        kind, target, expected = once[n - 1]
                    else:
                        kind, target, expected = cycle[(n - 1 - len(once)) % len(cycle)]
                    click_ms.append(
                        page.evaluate(ACT, [kind, target, expected.format(n=n, g=n + 1)])
                    )
        finally:
            page.close(run_before_unload=True)
        print(f"{name}: load {load_ms[-1]:.0f} ms", file=sys.stderr)
    return name, load_ms, click_ms


if __name__ == "__main__":
    main()
