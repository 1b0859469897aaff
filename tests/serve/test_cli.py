"""The ``rerunner`` command's argument handling, the notebooks it writes and what it tells Voila,
in process (no server starts here; tests/browser/test_browser_serve.py runs the real one)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from rerunner import cli, serve
from rerunner.magic import _parse

from tests.support import REPO

SCRIPT = "import streamlit as st\n\nst.write('hi')\n"


def test_run_defaults() -> None:
    args = cli.parse_args(["run", "app.py"])
    options = cli.serve_options(args)
    assert options == serve.ServeOptions(target=Path("app.py"))
    assert (options.host, options.port, options.pool) == ("127.0.0.1", None, 0)
    assert (options.cull_idle, options.base_url, options.open_browser) == (None, "/", False)


def test_run_every_option() -> None:
    args = cli.parse_args(
        ["run", "nb.ipynb", "--port", "9000", "--host", "0.0.0.0", "--pool", "3",
         "--cull-idle", "600", "--base-url", "/class", "--open"]
    )  # fmt: skip
    assert cli.serve_options(args) == serve.ServeOptions(
        target=Path("nb.ipynb"), host="0.0.0.0", port=9000, pool=3, cull_idle=600,
        base_url="/class", open_browser=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "a.py", "--port", "0"], "a port is between 1 and 65535, got 0"),
        (["run", "a.py", "--port", "70000"], "a port is between 1 and 65535, got 70000"),
        (["run", "a.py", "--port", "http"], "expected a whole number, got 'http'"),
        (["run", "a.py", "--pool", "-1"], "expected 0 or more, got -1"),
        (["run", "a.py", "--cull-idle", "0"], "expected 1 or more, got 0"),
        (["run"], "the following arguments are required: target"),
        ([], "the following arguments are required: COMMAND"),
        (["serve", "a.py"], "invalid choice: 'serve'"),
    ],
)
def test_bad_arguments_exit_2_naming_the_problem(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse_args(argv)
    assert exited.value.code == 2
    assert message in capsys.readouterr().err


def test_voila_configuration_follows_the_options(tmp_path: Path) -> None:
    plan = serve.Plan(tmp_path / "app.ipynb", tmp_path / "src", "script")
    options = serve.ServeOptions(
        target=tmp_path / "app.py", host="0.0.0.0", pool=2, cull_idle=300, base_url="class",
        open_browser=True,
    )  # fmt: skip
    config = serve.voila_config(options, plan, 9123)
    assert config.Voila.ip == "0.0.0.0"
    assert (config.Voila.port, config.Voila.port_retries) == (9123, 0)
    assert config.Voila.open_browser is True
    assert config.Voila.base_url == "/class/"
    assert config.Voila.tornado_settings == {"disable_check_xsrf": True}
    assert config.VoilaConfiguration.preheat_kernel is True
    assert config.VoilaConfiguration.default_pool_size == 2
    assert config.MappingKernelManager.cull_idle_timeout == 300
    assert config.MappingKernelManager.cull_interval == 60
    assert config.SourceDirKernelManager.source_dir == str(tmp_path / "src")

    plain = serve.voila_config(serve.ServeOptions(target=tmp_path / "nb.ipynb"), plan, 8866)
    assert plain.Voila.open_browser is False and plain.Voila.base_url == "/"
    assert "preheat_kernel" not in plain.VoilaConfiguration
    assert "cull_idle_timeout" not in plain.MappingKernelManager
    short = serve.voila_config(serve.ServeOptions(target=plan.voila_path, cull_idle=5), plan, 1)
    assert short.MappingKernelManager.cull_interval == 2


def test_base_urls_and_printed_url() -> None:
    assert [serve.normalise_base_url(u) for u in ("", "/", "a", "/a", "a/b/", "//a//")] == [
        "/", "/", "/a/", "/a/", "/a/b/", "/a/",
    ]  # fmt: skip
    options = serve.ServeOptions(target=Path("a.py"), host="0.0.0.0", base_url="apps")
    assert serve.url_of(options, 8866) == "http://127.0.0.1:8866/apps/"
    assert serve.url_of(serve.ServeOptions(target=Path("a"), host="::1"), 1) == "http://[::1]:1/"


def test_port_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert serve.choose_port("127.0.0.1", 9999) == 9999  # as asked, even if taken
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        taken = held.getsockname()[1]
        monkeypatch.setattr(serve, "DEFAULT_PORT", taken)
        assert not serve.port_is_free("127.0.0.1", taken)
        other = serve.choose_port("127.0.0.1", None)
        assert other != taken and serve.port_is_free("127.0.0.1", other)
    assert serve.choose_port("127.0.0.1", None) == taken  # free again: the default is used


def _cells(notebook: Path) -> list[str]:
    nb = nbformat.read(notebook, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.kernelspec.name == "python3"
    return [cell.source for cell in nb.cells]


def test_convert_writes_the_served_notebook(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "apps").mkdir()
    script = tmp_path / "apps" / "my app.py"
    script.write_text(SCRIPT)
    output = tmp_path / "out" / "app.ipynb"
    assert cli.main(["convert", str(script), "-o", str(output)]) == 0
    assert capsys.readouterr().out == f"rerunner: wrote {output}\n"
    load, run = _cells(output)
    assert load == "%load_ext rerunner"
    magic_line, body = run.split("\n", 1)
    assert magic_line.startswith("%%rerun ") and body.startswith("#")  # a body IPython accepts
    ref = _parse(magic_line.removeprefix("%%rerun "))["file"]
    assert ref == os.path.join("..", "apps", "my app.py")  # relative: they move together
    assert (output.parent / ref).resolve() == script.resolve()

    # the same notebook again is refused, unless forced; a default name beside the script
    assert cli.main(["convert", str(script), "-o", str(output)]) == 1
    assert "exists (--force overwrites it)" in capsys.readouterr().err
    assert cli.main(["convert", str(script), "-o", str(output), "--force"]) == 0
    assert cli.main(["convert", str(script)]) == 0
    assert _cells(script.with_suffix(".ipynb"))[1].startswith("%%rerun --file 'my app.py'\n")


def test_convert_refuses_what_is_not_a_script(tmp_path: Path, capsys) -> None:
    (tmp_path / "notes.txt").write_text("x")
    assert cli.main(["convert", str(tmp_path / "notes.txt")]) == 2
    assert "is not a Python script (.py)" in capsys.readouterr().err
    (tmp_path / "a.py").write_text(SCRIPT)
    assert cli.main(["convert", str(tmp_path / "a.py"), "-o", str(tmp_path / "a.json")]) == 2
    assert "must end in .ipynb" in capsys.readouterr().err


def test_plan_for_a_script_and_a_notebook(tmp_path: Path) -> None:
    script = tmp_path / "src" / "app.py"
    script.parent.mkdir()
    script.write_text(SCRIPT)
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    plan = serve.plan(script, scratch)
    assert (plan.kind, plan.voila_path, plan.source_dir) == (
        "script", scratch / "app.ipynb", script.parent,
    )  # fmt: skip
    assert _cells(plan.voila_path)[1].startswith(f"%%rerun --file {script}\n")  # absolute

    notebook = tmp_path / "src" / "nb.ipynb"
    notebook.write_text("{}")
    assert serve.plan(notebook, scratch) == serve.Plan(notebook, None, "notebook")
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        serve.plan(tmp_path / "missing.py", scratch)
    (tmp_path / "data.csv").write_text("a")
    with pytest.raises(ValueError, match="neither a Python script"):
        serve.plan(tmp_path / "data.csv", scratch)
    assert cli.main(["run", str(tmp_path / "data.csv")]) == 2


def test_plan_for_a_folder_mirrors_it(tmp_path: Path) -> None:
    source = tmp_path / "class"
    (source / "week1").mkdir(parents=True)
    (source / ".git").mkdir()
    (source / "__pycache__").mkdir()
    (source / "app.py").write_text(SCRIPT)
    (source / "week1" / "quiz.py").write_text("from streamlit import session_state\n")
    (source / "helpers.py").write_text("def f():\n    return 1\n")  # not an app
    (source / "both.py").write_text(SCRIPT)
    (source / "both.ipynb").write_text("{}")  # the notebook of that name wins
    (source / "data.csv").write_text("a,b\n")
    (source / ".env").write_text("SECRET=1")
    (source / ".git" / "config").write_text("")
    (source / "__pycache__" / "x.pyc").write_bytes(b"")
    scratch = tmp_path / "scratch"
    scratch.mkdir()

    plan = serve.plan(source, scratch)
    served = scratch / "class"
    assert (plan.kind, plan.voila_path, plan.source_dir) == ("folder", served, source)
    listing = sorted(str(p.relative_to(served)) for p in served.rglob("*"))
    assert listing == [
        "app.ipynb", "both.ipynb", "both.py", "data.csv", "helpers.py", "week1",
        "week1/quiz.ipynb",
    ]  # fmt: skip
    # a script shadowed by its notebook stays a plain file, as helpers and data do
    for link in ("both.ipynb", "both.py", "data.csv", "helpers.py"):
        assert (served / link).resolve() == (source / link).resolve()
    assert not (served / "app.ipynb").is_symlink()
    assert str(source / "week1" / "quiz.py") in _cells(served / "week1" / "quiz.ipynb")[1]


def test_kernels_start_in_the_real_folder(tmp_path: Path) -> None:
    served, source = tmp_path / "served", tmp_path / "source"
    for root in (served, source):
        (root / "week1").mkdir(parents=True)
    (served / "only-served").mkdir()
    manager = serve.SourceDirKernelManager(root_dir=str(served), source_dir=str(source))
    assert manager.cwd_for_path("week1") == str(source / "week1")
    assert manager.cwd_for_path("") == str(source)
    assert manager.cwd_for_path("only-served") == str(served / "only-served")
    plain = serve.SourceDirKernelManager(root_dir=str(served))
    assert plain.cwd_for_path("week1") == str(served / "week1")


def test_python_dash_m_rerunner(tmp_path: Path) -> None:
    """``python -m rerunner`` is the command (the console script calls the same ``main``)."""
    script = tmp_path / "a.py"
    script.write_text(SCRIPT)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    done = subprocess.run(
        [sys.executable, "-m", "rerunner", "convert", str(script)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert json.loads(script.with_suffix(".ipynb").read_text())["cells"][0]["source"] == (
        "%load_ext rerunner"
    )
    pyproject = (REPO / "pyproject.toml").read_text()
    assert '[project.scripts]\nrerunner = "rerunner.cli:main"' in pyproject


def test_run_stops_before_serving_on_a_taken_port_or_a_missing_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "a.py"
    script.write_text(SCRIPT)
    with socket.socket() as held:
        held.bind(("127.0.0.1", 0))
        held.listen()
        taken = held.getsockname()[1]
        assert cli.main(["run", str(script), "--port", str(taken)]) == 1
    assert f"rerunner run: port {taken} is already in use" in capsys.readouterr().err
    assert cli.main(["run", str(tmp_path / "missing.py"), "--port", str(taken)]) == 2
    assert "rerunner run: no such file or folder:" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == [script]  # nothing written beside the script


def test_a_multipage_apps_pages_are_not_apps_of_their_own(tmp_path: Path) -> None:
    """A folder holding a multipage app (a script and its pages/ folder) serves the script as
    one app; the pages stay scripts, which the app's own navigation runs."""
    source = tmp_path / "site"
    (source / "pages").mkdir(parents=True)
    (source / "home.py").write_text("import streamlit as st\nst.title('Home')\n")
    (source / "pages" / "1_exercise.py").write_text("import streamlit as st\nst.title('Ex')\n")
    the_plan = serve.plan(source, tmp_path / "scratch")
    served = the_plan.voila_path
    assert (served / "home.ipynb").exists()
    assert sorted(p.name for p in (served / "pages").iterdir()) == ["1_exercise.py"]
    # a pages/ folder with no app beside it is just a folder of apps
    lone = tmp_path / "lone"
    (lone / "pages").mkdir(parents=True)
    (lone / "pages" / "app.py").write_text("import streamlit as st\n")
    assert (serve.plan(lone, tmp_path / "scratch2").voila_path / "pages" / "app.ipynb").exists()
