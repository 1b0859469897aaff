"""``rerunner run``: serve a Streamlit script, a notebook of ``%%rerun`` apps or a folder of both
as web apps, one kernel per visitor, through Voila.

A script is never served as it is: it becomes a notebook of two cells, ``%load_ext rerunner`` and
``%%rerun --file app.py``, so the script stays the one source of truth (edit it and reload the
page). Voila renders that notebook with its code hidden; each page load gets its own kernel,
hence its own session state, as each browser tab gets its own session in ``streamlit run``.

Where the generated notebooks live: a temporary folder (removed when the server stops), never
the user's folder. A folder is served as a mirror of itself in that temporary folder: its
notebooks and other files are symlinks, its scripts converted notebooks, so Voila's tree page
lists one entry per app. Voila starts a kernel in the folder of the notebook it serves, which
would be the mirror; ``SourceDirKernelManager`` maps that folder back to the real one, so apps
read and write files next to themselves (and import their helper modules) as they do under
``streamlit run``.

Voila runs in this process: Ctrl-C ends its loop and Voila shuts every kernel down (pre-heated
ones included) before the command returns; the kernels run in their own sessions, so the
terminal's SIGINT never reaches them directly.

A visitor's kernel serves one page, so it goes when the page goes. Voila's page sends a beacon
from ``beforeunload`` that shuts its kernel down, but a beacon is not a promise: a crashed tab, a
lost network, a phone that freezes a background tab, a browser under load all close the page's
websocket without one. ``SourceDirKernelManager`` therefore also watches the connections: once a
kernel's last one has closed it waits ``disconnected_ttl`` seconds for the page to reconnect (the
front end retries a dropped websocket), then shuts the kernel down, as Streamlit ends a session
``server.disconnectedSessionTTL`` seconds after its websocket closed. Pre-heated kernels have
never been connected and are left to Voila's pool.
"""

from __future__ import annotations

import os
import re
import socket
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PORT = 8866
#: Seconds a kernel whose page disconnected is kept for the page to come back (Streamlit's
#: ``server.disconnectedSessionTTL`` default).
DEFAULT_DISCONNECTED_TTL = 120
#: Seconds Voila waits before starting a kernel to replace a pre-heated one a visitor took
#: (Voila's own default). For a class arriving at once, a longer delay lets their pages load
#: before the refill's kernel starts compete for the CPU (benchmarks/visitors.py, back to back on
#: this machine, K = 5 with --pool 5: 9-10 s to interactive with 15 s, 19-21 s with 1 s); the
#: price is that a visitor who finds the pool empty waits up to that long more.
DEFAULT_POOL_REFILL_DELAY = 1
#: Folders a served folder's mirror leaves out: tools' state, not apps.
SKIPPED_DIRS = {"__pycache__", "node_modules", "venv", "env", "site-packages"}
_IMPORTS_STREAMLIT = re.compile(r"^\s*(import\s+streamlit\b|from\s+streamlit\b)", re.M)


def is_streamlit_script(path: Path) -> bool:
    """Whether a ``.py`` file is an app: it imports streamlit at the start of some line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return bool(_IMPORTS_STREAMLIT.search(text))


def script_notebook(file_ref: str) -> dict:
    """The notebook that runs a script as an app (nbformat 4, as a plain dict)."""
    quoted = file_ref if re.fullmatch(r"[\w./~:+-]+", file_ref) else repr(file_ref)

    def cell(source: str) -> dict:
        return {
            "cell_type": "code",
            "execution_count": None,
            "metadata": {},
            "outputs": [],
            "source": source,
        }

    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"},
        },
        # IPython refuses a cell magic with an empty body; --file ignores the body.
        "cells": [
            cell("%load_ext rerunner"),
            cell(
                f"%%rerun --file {quoted}\n# Runs the script named above: edit the script, then reload the page."
            ),
        ],
    }


def write_script_notebook(script: Path, notebook: Path, *, relative: bool = True) -> Path:
    """Write the notebook serving ``script`` to ``notebook``. The ``--file`` path is relative to
    the notebook's folder when ``relative`` (a notebook saved beside its script can be moved
    with it), absolute otherwise (a generated notebook in a temporary folder)."""
    import json

    script = script.resolve()
    notebook = notebook.absolute()
    ref = str(script)
    if relative:
        try:
            ref = os.path.relpath(script, notebook.parent)
        except ValueError:  # another drive (Windows): only an absolute path reaches it
            ref = str(script)
    nb = script_notebook(ref)
    # Each cell needs an id in nbformat 4.5; stable ones keep a rewritten file's diff empty.
    for i, c in enumerate(nb["cells"]):
        c["id"] = f"rerunner-{i}"
    notebook.parent.mkdir(parents=True, exist_ok=True)
    notebook.write_text(json.dumps(nb, indent=1) + "\n", encoding="utf-8")
    return notebook


def mirror_folder(source: Path, served: Path) -> list[Path]:
    """Fill ``served`` with ``source``'s tree: scripts as notebooks, everything else symlinked.
    Hidden files and folders (and tools' folders) are left out, as Voila's tree hides them.
    Returns the notebooks written for scripts."""
    written: list[Path] = []
    for root, dirs, files in os.walk(source):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIPPED_DIRS)
        here = Path(root)
        target = served / here.relative_to(source)
        target.mkdir(parents=True, exist_ok=True)
        names = set(files)
        # A multipage app's pages/ folder belongs to the script beside it (which shows them in
        # its navigation): its scripts are not apps of their own.
        page_of_an_app = here.name == "pages" and any(
            p.suffix == ".py" and is_streamlit_script(p) for p in here.parent.iterdir()
        )
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = here / name
            if path.suffix == ".py" and not page_of_an_app and is_streamlit_script(path):
                notebook = path.with_suffix(".ipynb").name
                if notebook not in names:  # a notebook of that name wins over the script
                    written.append(write_script_notebook(path, target / notebook, relative=False))
                    continue
            (target / name).symlink_to(path.resolve())
    return written


def port_is_free(host: str, port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def choose_port(host: str, requested: int | None) -> int:
    """``requested`` as given (Voila reports it if taken); otherwise 8866, or a free port when
    8866 is taken."""
    if requested is not None:
        return requested
    if port_is_free(host, DEFAULT_PORT):
        return DEFAULT_PORT
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def normalise_base_url(base_url: str) -> str:
    """Voila wants a base URL that starts and ends with ``/``."""
    return "/" + base_url.strip("/") + "/" if base_url.strip("/") else "/"


@dataclass
class ServeOptions:
    target: Path
    host: str = "127.0.0.1"
    port: int | None = None
    pool: int = 0
    cull_idle: int | None = None
    base_url: str = "/"
    open_browser: bool = False
    disconnected_ttl: int = DEFAULT_DISCONNECTED_TTL
    pool_refill_delay: int = DEFAULT_POOL_REFILL_DELAY


@dataclass
class Plan:
    """What Voila serves: a notebook or a folder, and the real folder kernels run in."""

    voila_path: Path
    source_dir: Path | None  # None: the kernels' folder is the served one
    kind: str  # "script", "notebook" or "folder"


def plan(target: Path, scratch: Path) -> Plan:
    """Turn the command's target into what Voila serves, writing notebooks under ``scratch``."""
    if target.is_dir():
        served = scratch / target.resolve().name
        mirror_folder(target.resolve(), served)
        return Plan(served, target.resolve(), "folder")
    if not target.exists():
        raise FileNotFoundError(f"rerunner run: no such file or folder: {target}")
    if target.suffix == ".ipynb":
        return Plan(target.resolve(), None, "notebook")
    if target.suffix == ".py":
        notebook = scratch / target.with_suffix(".ipynb").name
        write_script_notebook(target, notebook, relative=False)
        return Plan(notebook, target.resolve().parent, "script")
    raise ValueError(
        f"rerunner run: {target} is neither a Python script (.py), a notebook (.ipynb) nor a folder"
    )


def voila_config(options: ServeOptions, the_plan: Plan, port: int) -> dict:
    """Voila's configuration for ``options``, as a traitlets config dict."""
    from traitlets.config import Config

    config = Config()
    config.Voila.ip = options.host
    config.Voila.port = port
    config.Voila.port_retries = 0  # the printed URL must be the one served
    config.Voila.open_browser = options.open_browser
    config.Voila.base_url = normalise_base_url(options.base_url)
    # Voila's unload beacon carries no XSRF token: with the check on, every closed tab leaves
    # its kernel running. This server only serves dashboards and holds no login cookie.
    config.Voila.tornado_settings = {"disable_check_xsrf": True}
    config.VoilaConfiguration.multi_kernel_manager_class = "rerunner.serve.SourceDirKernelManager"
    if the_plan.source_dir is not None:
        config.SourceDirKernelManager.source_dir = str(the_plan.source_dir)
    config.SourceDirKernelManager.disconnected_ttl = options.disconnected_ttl
    if options.pool > 0:
        config.VoilaConfiguration.preheat_kernel = True
        config.VoilaConfiguration.default_pool_size = options.pool
        config.VoilaKernelManager.fill_delay = options.pool_refill_delay
    if options.cull_idle is not None:
        config.MappingKernelManager.cull_idle_timeout = options.cull_idle
        # Checked often enough that a kernel lives at most about 1.5 times its timeout.
        config.MappingKernelManager.cull_interval = max(1, min(60, options.cull_idle // 2))
    return config


def url_of(options: ServeOptions, port: int) -> str:
    host = options.host
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    if ":" in shown:  # IPv6
        shown = f"[{shown}]"
    return f"http://{shown}:{port}{normalise_base_url(options.base_url)}"


def serve(options: ServeOptions, *, announce: Callable[[str], None] | None = None) -> int:
    """Serve until Ctrl-C (or SIGTERM); every kernel is shut down before this returns."""
    try:
        from voila.app import Voila
    except ImportError:
        print(
            "rerunner run needs Voila: pip install 'rerunner[serve]'",
            file=sys.stderr,
        )
        return 1
    import tornado.ioloop

    port = choose_port(options.host, options.port)
    if options.port is not None and not port_is_free(options.host, port):
        print(f"rerunner run: port {port} is already in use", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="rerunner-serve-") as scratch:
        the_plan = plan(options.target, Path(scratch))
        config = voila_config(options, the_plan, port)
        url = url_of(options, port)
        announce = announce or _print_announcement

        # Runs once Voila's loop is running, so the port is listening when the URL shows.
        tornado.ioloop.IOLoop.current().add_callback(announce, url)
        app = Voila(config=config)
        app.initialize([str(the_plan.voila_path)])
        app.start()  # returns after Ctrl-C, its kernels shut down
    return 0


def _print_announcement(url: str) -> None:
    print(f"rerunner: serving at {url}", flush=True)
    print("(Ctrl-C stops the server and its kernels)", flush=True)


def _kernel_manager_base() -> type:
    from jupyter_server.services.kernels.kernelmanager import AsyncMappingKernelManager

    return AsyncMappingKernelManager


def __getattr__(name: str) -> type:
    # The kernel manager class is built on first use: importing rerunner.serve (for the CLI's
    # argument handling) must not import jupyter_server.
    if name == "SourceDirKernelManager":
        cls = _source_dir_kernel_manager()
        globals()[name] = cls
        return cls
    raise AttributeError(name)


def _source_dir_kernel_manager() -> type:
    from jupyter_core.utils import ensure_async
    from tornado.ioloop import IOLoop
    from traitlets import Integer, Unicode

    base = _kernel_manager_base()

    class SourceDirKernelManager(base):  # type: ignore[misc, valid-type]
        """Starts each kernel in the real folder of the notebook it serves, not in the
        temporary folder Voila serves from, and shuts a kernel down once its page has been
        gone ``disconnected_ttl`` seconds (see the module docstring)."""

        source_dir = Unicode(
            "", config=True, help="The folder the served (temporary) root stands for."
        )
        disconnected_ttl = Integer(
            DEFAULT_DISCONNECTED_TTL, config=True,
            help="Seconds a kernel whose last page connection closed waits for it to come "
            "back before it is shut down (0: kept until culled or the server stops).",
        )  # fmt: skip

        def __init__(self, **kwargs: object) -> None:
            super().__init__(**kwargs)
            self._releases: dict[str, object] = {}

        def notify_connect(self, kernel_id: str) -> None:
            super().notify_connect(kernel_id)
            self._cancel_release(kernel_id)

        def notify_disconnect(self, kernel_id: str) -> None:
            super().notify_disconnect(kernel_id)
            if self.disconnected_ttl > 0 and self._kernel_connections.get(kernel_id) == 0:
                self._cancel_release(kernel_id)
                loop = IOLoop.current()
                self._releases[kernel_id] = loop.call_later(
                    self.disconnected_ttl, lambda: loop.add_callback(self._release, kernel_id)
                )

        def _cancel_release(self, kernel_id: str) -> None:
            handle = self._releases.pop(kernel_id, None)
            if handle is not None:
                IOLoop.current().remove_timeout(handle)

        async def _release(self, kernel_id: str) -> None:
            self._releases.pop(kernel_id, None)
            # The beacon may have shut it down already, or the page reconnected meanwhile.
            if kernel_id not in self or self._kernel_connections.get(kernel_id, 0) > 0:
                return
            self.log.info(
                "rerunner: shutting down kernel %s, its page gone for %s s",
                kernel_id, self.disconnected_ttl,
            )  # fmt: skip
            await ensure_async(self.shutdown_kernel(kernel_id))

        async def shutdown_kernel(self, kernel_id: str, *args: object, **kwargs: object) -> None:
            self._cancel_release(kernel_id)
            await ensure_async(super().shutdown_kernel(kernel_id, *args, **kwargs))

        def cwd_for_path(self, path: str, **kwargs: object) -> str:
            served = super().cwd_for_path(path, **kwargs)
            if not self.source_dir:
                return served
            try:
                relative = Path(served).relative_to(Path(self.root_dir))
            except ValueError:
                return served
            real = Path(self.source_dir) / relative
            return str(real) if real.is_dir() else served

    SourceDirKernelManager.__module__ = __name__
    SourceDirKernelManager.__qualname__ = "SourceDirKernelManager"
    return SourceDirKernelManager
