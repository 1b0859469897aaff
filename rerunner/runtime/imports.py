"""``import streamlit`` in the modules an app imports: a helper module is part of the app.

A body's own ``import streamlit`` means rerunner's st (``script.py`` gives the body builtins
whose ``__import__`` says so). A module the body imports has its own globals, so without this
its ``import streamlit`` would get real Streamlit when installed (whose calls do nothing in a
kernel) or fail when not. Here a finder on ``sys.meta_path`` looks at the modules first
imported while a run is in progress: one loaded from a source file of the user's (not from the
standard library, site-packages or rerunner itself) is executed with those same builtins, so
its ``import streamlit`` (at the top or inside a function, during a run or later) means
rerunner's st. ``sys.modules["streamlit"]`` is never touched: code outside the app, and real
Streamlit imported anywhere else in the notebook, are unaffected.

Such a module is cached in ``sys.modules`` as any module is, so later runs reuse it, with its
module-level state. When its file changes, the next run forgets it and ``import`` executes the
new code, as Streamlit does for the modules of an app whose source changed. A module first
imported outside any app (in an ordinary cell) keeps what it imported then.
"""

from __future__ import annotations

import builtins
import importlib.abc
import importlib.machinery
import os
import site
import sys
import sysconfig
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

_PACKAGE_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

#: The app's modules: name -> (file, (mtime_ns, size) when it was executed).
APP_MODULES: dict[str, tuple[str, tuple[int, int]]] = {}


def _library_dirs() -> tuple[str, ...]:
    dirs = {_PACKAGE_DIR}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        path = sysconfig.get_paths().get(key)
        if path:
            dirs.add(path)
    try:
        dirs.update(site.getsitepackages())
        dirs.add(site.getusersitepackages())
    except AttributeError:  # pragma: no cover - a virtualenv's old site.py
        pass
    return tuple(os.path.realpath(d) + os.sep for d in dirs)


_LIBRARIES: tuple[str, ...] | None = None


def is_app_file(path: str | None) -> bool:
    """A user's source file: not the standard library's, an installed package's or rerunner's."""
    global _LIBRARIES
    if not path or not path.endswith(".py"):
        return False
    if _LIBRARIES is None:
        _LIBRARIES = _library_dirs()
    real = os.path.realpath(path)
    parts = real.split(os.sep)
    if "site-packages" in parts or "dist-packages" in parts:
        return False
    return not real.startswith(_LIBRARIES)


def _stamp(path: str) -> tuple[int, int]:
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)
    return (info.st_mtime_ns, info.st_size)


class _AppLoader(importlib.abc.Loader):
    """Runs a module of the app with the builtins that map ``import streamlit`` to rerunner."""

    def __init__(self, loader: Any) -> None:
        self._loader = loader

    def create_module(self, spec: Any) -> ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        ctx = FINDER.current_run()  # the finder only hands out this loader during a run
        module.__dict__["__builtins__"] = builtins_with_streamlit(ctx.st_module)
        origin = module.__spec__.origin if module.__spec__ is not None else None
        if origin:
            APP_MODULES[module.__name__] = (origin, _stamp(origin))
        self._loader.exec_module(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename, is_package...
        return getattr(self._loader, name)


class AppModuleFinder(importlib.abc.MetaPathFinder):
    """Marks the user's modules first imported during a run as the app's (see above)."""

    def __init__(self) -> None:
        self._local = threading.local()
        #: The run in progress, if any (``context.current_run``, given by ``install``: this
        #: module is below the run context, which imports it).
        self.current_run: Callable[[], Any] = lambda: None

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
        if self.current_run() is None or getattr(self._local, "busy", False):
            return None
        self._local.busy = True  # the other finders may import; they answer for themselves
        try:
            spec = None
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                if finder is self or find is None:
                    continue
                spec = find(name, path, target)
                if spec is not None:
                    break
        finally:
            self._local.busy = False
        if (
            spec is None
            or not isinstance(spec.loader, importlib.machinery.SourceFileLoader)
            or not is_app_file(spec.origin)
        ):
            return spec  # not ours to change: importlib would have found the same
        spec.loader = _AppLoader(spec.loader)
        return spec


FINDER = AppModuleFinder()


def install(current_run: Callable[[], Any]) -> None:
    """Put the finder first on ``sys.meta_path`` (once); ``current_run`` tells it whether a
    run is in progress, and which."""
    FINDER.current_run = current_run
    if FINDER not in sys.meta_path:
        sys.meta_path.insert(0, FINDER)


def forget_changed() -> list[str]:
    """At the start of a run: drop the app's modules whose file changed from ``sys.modules``,
    so the run's ``import`` executes their new code. Returns their names."""
    changed = []
    for name, (path, stamp) in list(APP_MODULES.items()):
        module = sys.modules.get(name)
        if module is None or getattr(module, "__file__", None) != path:
            del APP_MODULES[name]  # gone, or replaced by someone else's
            continue
        if _stamp(path) != stamp:
            del APP_MODULES[name]
            del sys.modules[name]
            changed.append(name)
    return changed


def builtins_with_streamlit(st_module: ModuleType) -> dict[str, Any]:
    """Builtins whose ``__import__`` answers ``streamlit`` with rerunner's st namespace, and
    tells the namespace's ``_after_import`` (if it has one) each other absolute import.

    Only code whose globals are the run's namespace sees this, so ``import streamlit`` keeps its
    meaning everywhere else in the notebook.
    """
    real_import: Callable[..., Any] = builtins.__import__
    # The st namespace may adjust a library the body imports (see ``api/deck.after_import``).
    after_import: Callable[[str], None] | None = vars(st_module).get("_after_import")

    def import_(name: str, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002
        if level == 0 and (name == "streamlit" or name.startswith("streamlit.")):
            return st_module.resolve_import(name, fromlist)
        module = real_import(name, globals, locals, fromlist, level)
        if after_import is not None and level == 0:
            after_import(name)
        return module

    table = dict(vars(builtins))
    table["__import__"] = import_
    return table
