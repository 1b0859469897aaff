"""``%%rerun``: turn a cell into an app that reruns, Streamlit-style, on every widget change.

    %load_ext rerunner

    %%rerun [--name NAME] [--file app.py] [--persist state.json]
    st.title("Hello")

A cell is known by the front end's cell id (JupyterLab, Notebook 7 and VS Code send it with the
execute request), so running the cell again replaces its app and keeps session state. Without a
cell id (nbclient, the terminal) the cell's source stands in; ``--name`` names an app explicitly.
``--persist PATH`` saves session state after every completed run and restores it after a kernel
restart (see ``rerunner.persist``).
"""

from __future__ import annotations

import hashlib
import shlex
from pathlib import Path
from typing import Any

from IPython.core.magic import Magics, cell_magic, magics_class
from IPython.display import display

from .api.navigation import script_for
from .elements import container
from .persist import Persister
from .render.vega import ChartPictures
from .render.view import WidgetView
from .runtime.app import App, exception_element
from .runtime.apps import APPS, FOLLOW_UPS, build_app, close_all, register as register_app
from .state import kernel_session_state

#: The error banner shown above a cell's last good app while its new source does not compile.
_BANNERS: dict[str, WidgetView] = {}
_PICTURES: dict[str, ChartPictures] = {}  # each app's chart pictures for a saved notebook


def _cell_id(shell: Any) -> str | None:
    kernel = getattr(shell, "kernel", None)
    if kernel is None:
        return None
    try:
        parent = kernel.get_parent("shell")
    except TypeError:  # older ipykernel: get_parent() without a channel
        parent = kernel.get_parent()
    metadata = (parent or {}).get("metadata") or {}
    cell_id = metadata.get("cellId") or metadata.get("cell_id")
    return str(cell_id) if cell_id else None


def _parse(line: str) -> dict[str, str | None]:
    options: dict[str, str | None] = {"name": None, "file": None, "persist": None}
    words = shlex.split(line)
    i = 0
    while i < len(words):
        word = words[i]
        flag, _, value = word.partition("=")
        if flag in ("--name", "--file", "--persist"):
            if not value:
                i += 1
                if i >= len(words):
                    raise ValueError(f"%%rerun: {flag} needs a value")
                value = words[i]
            options[flag[2:]] = value
        else:
            raise ValueError(
                f"%%rerun: unknown option {word!r} (expected --name NAME, --file PATH, --persist PATH)"
            )
        i += 1
    return options


def _scheduler(shell: Any) -> Any:
    kernel = getattr(shell, "kernel", None)
    if kernel is None:
        return None
    from .kernel import KernelScheduler

    return KernelScheduler(kernel)


def start_app(
    shell: Any, source: str, *, name: str, filename: str, persist: str | None = None
) -> App:
    """Replace the app called ``name`` (if any) by a new one running ``source``; display it.

    If the new source does not compile and the cell already has a working app, that app stays:
    the error shows above its widgets, which keep working, until the cell is fixed. With
    ``persist``, the state saved there is restored first (once per kernel), and saved again
    after every completed run.
    """
    state = kernel_session_state()
    persister = Persister(persist, state) if persist else None
    if persister is not None:
        persister.restore_once()  # a file that cannot be read stops here, before anything changes
    script = script_for(source, filename)
    stale = _BANNERS.pop(name, None)
    if stale is not None:  # the cell ran again: its last banner's output is gone
        stale.close()
    old = APPS.get(name)
    if old is not None and not old.closed:
        try:
            script.code  # noqa: B018 - compiling is the point: a SyntaxError keeps the old app
        except SyntaxError as exc:
            banner = _BANNERS[name] = WidgetView()
            banner.update(error_tree(exc), lambda *_: None)
            old.script.register_lines()  # the running app's tracebacks show its own lines
            display(banner.root)
            display(old.view.root)  # type: ignore[union-attr]
            return old
    old = APPS.pop(name, None)
    location = None
    if old is not None:
        old.close()
        location = old.location  # the cell run again stays on its page, with its query
    app = build_app(
        script,
        app_id=name,
        state=state,
        namespace=lambda: shell.user_ns,
        scheduler=_scheduler(shell),
        on_completed=persister.save if persister is not None else None,
        location=location,
    )
    register_app(name, app)
    app.run()
    display(app.view.root)
    pictures = _PICTURES.pop(name, None)
    if pictures is not None:
        pictures.close()
    _PICTURES[name] = ChartPictures(app.view.root)
    _PICTURES[name].show()
    return app


def error_tree(exc: BaseException) -> Any:
    tree = container("root")
    tree.add(exception_element(exc))
    return tree


@magics_class
class RerunMagics(Magics):
    """The ``%%rerun`` cell magic."""

    @cell_magic
    def rerun(self, line: str, cell: str) -> None:
        """Run the cell as an app: st calls show as widgets; a widget change reruns the body.

        Options: ``--name NAME`` (the app's identity; re-running a cell with the same name
        replaces its app), ``--file PATH`` (run a script file instead of the cell's body),
        ``--persist PATH`` (after every completed run, save the JSON-serialisable part of session
        state to PATH, atomically; when the cell first runs in a new kernel, restore it before
        the first run, as values written before the widgets exist, so keyed widgets show them).
        """
        options = _parse(line)
        source = cell
        if options["file"]:
            path = Path(options["file"]).expanduser()
            source = path.read_text(encoding="utf-8")
            filename = str(path.resolve())
        name = options["name"] or (f"file:{path.resolve()}" if options["file"] else None)
        name = name or _cell_id(self.shell)
        if name is None:
            name = "source:" + hashlib.blake2b(cell.encode(), digest_size=8).hexdigest()
        if not options["file"]:
            filename = f"<rerun {name}>"
        start_app(self.shell, source, name=name, filename=filename, persist=options["persist"])


def register(shell: Any) -> None:
    shell.register_magics(RerunMagics)
    # Cross-cell updates: reruns the apps reach are deferred runs of the kernel, and what a
    # plain cell changes in session state reaches the apps once the cell has finished.
    FOLLOW_UPS.scheduler = _scheduler(shell)
    kernel_session_state().on_outside_change = FOLLOW_UPS.outside_change
    shell.events.register("pre_execute", FOLLOW_UPS.cell_started)
    shell.events.register("post_execute", FOLLOW_UPS.cell_finished)


def unregister(shell: Any) -> None:
    close_all()
    for name in list(_BANNERS):
        _BANNERS.pop(name).close()
    for event, callback in (
        ("pre_execute", FOLLOW_UPS.cell_started),
        ("post_execute", FOLLOW_UPS.cell_finished),
    ):
        try:
            shell.events.unregister(event, callback)
        except ValueError:  # not registered
            pass
    kernel_session_state().on_outside_change = None
    FOLLOW_UPS.scheduler = None
