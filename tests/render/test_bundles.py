"""The committed JavaScript bundles match their sources, and stay within the size budget.

``js/`` is one npm project that builds every bundle in ``rerunner/static/``. The first test needs
no node: it recomputes the hash of the sources that ``js/build.mjs`` records in the manifest. The
second rebuilds with the locked esbuild (``.ci/run`` installs node) and compares the bytes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
JS = ROOT / "js"
STATIC = ROOT / "rerunner" / "static"
#: docs/architecture.md, "Front-end bundles", says what the budget holds.
BUDGET_BYTES = 7_500_000


def sources_hash() -> str:
    """js/build.mjs's recipe: sha256 over "<path>\\0<bytes>\\0" of the sorted inputs."""
    inputs = [p for p in (JS / "src").rglob("*") if p.is_file()]
    inputs += [JS / "build.mjs", JS / "package.json", JS / "package-lock.json"]
    digest = hashlib.sha256()
    for rel in sorted(p.relative_to(JS).as_posix() for p in inputs):
        digest.update(rel.encode() + b"\0" + (JS / rel).read_bytes() + b"\0")
    return digest.hexdigest()


def manifest() -> dict:
    return json.loads((STATIC / "manifest.json").read_text())


def test_the_bundles_were_built_from_the_sources_in_js():
    recorded = manifest()
    assert recorded["sources"] == sources_hash(), (
        "js/ changed since rerunner/static/ was built: run `cd js && npm ci && npm run build` "
        "and commit the bundles"
    )
    entries = sorted(p.name for p in (JS / "src").glob("*.js"))
    assert sorted(recorded["bundles"]) == entries
    for name, facts in recorded["bundles"].items():
        data = (STATIC / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == facts["sha256"], f"{name} was edited by hand"
    shipped = sorted(p.name for p in STATIC.glob("*.js"))
    assert shipped == entries, "a bundle in rerunner/static/ has no source in js/src/"


def test_rebuilding_gives_the_committed_bytes(tmp_path):
    npm = shutil.which("npm")
    assert npm, "node and npm are needed to rebuild the bundles (.ci/run installs them)"
    if not (JS / "node_modules" / "esbuild").exists():
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, check=True)
    subprocess.run(
        ["node", "build.mjs", "--out", str(tmp_path)], cwd=JS, check=True, capture_output=True
    )
    for name in manifest()["bundles"]:
        assert (tmp_path / name).read_bytes() == (STATIC / name).read_bytes(), name


def test_the_shipped_javascript_stays_within_its_budget():
    total = sum(p.stat().st_size for p in STATIC.glob("*.js"))
    assert 0 < total <= BUDGET_BYTES, f"{total:,} bytes of JavaScript"
