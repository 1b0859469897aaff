"""JupyterHub configuration for serving rerunner apps to a class and to the public.

Run from the folder where the hub should keep its state (its database, cookie secret and proxy
pid file are written to the working directory):

    jupyterhub -f /path/to/deploy/jupyterhub_config.py

It sets up, on one machine:

- each signed-in user's own single-user server, with Voila as a server extension: their
  dashboards are at ``/user/<name>/voila/render/notebooks/<notebook>.ipynb`` and run in their
  own kernels; ``st.user`` knows the hub's name for them (the server has ``JUPYTERHUB_USER``);
- a class folder every server shares (``RERUNNER_CLASS_FOLDER`` in each server's environment),
  where the image annotation notebook stores each student's labels and the teacher reads them;
- the ``idle-culler`` service (jupyterhub-idle-culler), which stops servers nobody used for a
  while, and inside each server the culling of kernels whose page went away;
- the ``apps`` service: ``rerunner run`` (Voila) on the notebooks folder behind the hub's proxy at
  ``/services/apps/``, with no login: every anonymous visitor gets a kernel of their own.

Everything that differs between a laptop, a test and a class is read from the environment, so the
same file serves all three (``tests/browser/test_browser_hub.py`` runs it on 127.0.0.1):

======================================  =========================================================
``RERUNNER_NOTEBOOKS``                  the notebooks: served by ``apps``, and copied into a new
                                        home by the local spawner (default
                                        ``/srv/rerunner/notebooks``)
``RERUNNER_CLASS_FOLDER``               the shared class folder (default ``/srv/rerunner/class``)
``RERUNNER_HUB_AUTHENTICATOR``          an authenticator's entry-point name (``dummy``, ``pam``,
                                        ...) or class; default JupyterHub's own (PAM)
``RERUNNER_HUB_PASSWORD``               the dummy authenticator's shared password (without one it
                                        takes any password: for tests only)
``RERUNNER_HUB_USERS``                  comma-separated allowed users (default: everybody the
                                        authenticator accepts)
``RERUNNER_HUB_ADMINS``                 comma-separated admin users (the teacher)
``RERUNNER_HUB_HOMES``                  a home folder template such as ``/tmp/hub/{username}``:
                                        use ``SimpleLocalProcessSpawner``, which needs no system
                                        users but isolates nobody (tests, a single-teacher demo);
                                        unset, JupyterHub's ``LocalProcessSpawner`` runs each
                                        server as that user's system account
``RERUNNER_HUB_DEFAULT_URL``            where a server opens (default the examples' index,
                                        ``/voila/render/notebooks/00_index.ipynb``)
``RERUNNER_HUB_ACTIVITY_INTERVAL``      seconds between activity reports, from the proxy to the
                                        hub and from each server to the hub (default 300)
``RERUNNER_HUB_CULL_TIMEOUT``           seconds a server may stay idle before the culler stops it
                                        (default 3600)
``RERUNNER_HUB_CULL_EVERY``             seconds between the culler's checks (default a tenth of
                                        the timeout, at least 1 and at most 300)
``RERUNNER_HUB_CULL_USERS``             comma-separated users whose servers alone may be culled
                                        (the group ``cullable``; default: every server)
``RERUNNER_KERNEL_CULL_TIMEOUT``        seconds before a server culls a kernel with no page
                                        (default 1800)
``RERUNNER_APPS_PORT``                  the ``apps`` service's port on 127.0.0.1 (default 8866)
``RERUNNER_APPS_POOL``                  pre-heated kernels per public notebook (default 0)
======================================  =========================================================
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

c = get_config()  # noqa: F821  (JupyterHub runs this file with get_config defined)

env = os.environ.get


def _names(variable: str) -> set[str]:
    return {name.strip() for name in env(variable, "").split(",") if name.strip()}


NOTEBOOKS = Path(env("RERUNNER_NOTEBOOKS", "/srv/rerunner/notebooks"))
CLASS_FOLDER = Path(env("RERUNNER_CLASS_FOLDER", "/srv/rerunner/class"))
ACTIVITY = int(env("RERUNNER_HUB_ACTIVITY_INTERVAL", "300"))
CULL_TIMEOUT = int(env("RERUNNER_HUB_CULL_TIMEOUT", "3600"))
CULL_EVERY = int(env("RERUNNER_HUB_CULL_EVERY", str(min(300, max(1, CULL_TIMEOUT // 10)))))
KERNEL_CULL = int(env("RERUNNER_KERNEL_CULL_TIMEOUT", "1800"))

# --- who may sign in -----------------------------------------------------------------------------

if env("RERUNNER_HUB_AUTHENTICATOR"):
    c.JupyterHub.authenticator_class = env("RERUNNER_HUB_AUTHENTICATOR")
if env("RERUNNER_HUB_PASSWORD"):
    c.DummyAuthenticator.password = env("RERUNNER_HUB_PASSWORD")
if _names("RERUNNER_HUB_USERS"):
    c.Authenticator.allowed_users = _names("RERUNNER_HUB_USERS")
else:
    # JupyterHub 5 lets nobody in until told who may: here, whoever the authenticator accepts.
    c.Authenticator.allow_all = True
c.Authenticator.admin_users = _names("RERUNNER_HUB_ADMINS")

# --- each user's server ------------------------------------------------------------------------

# The interpreter the hub runs in, so the servers import the same rerunner and Voila.
c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
c.Spawner.default_url = env("RERUNNER_HUB_DEFAULT_URL", "/voila/render/notebooks/00_index.ipynb")
c.Spawner.environment = {
    "RERUNNER_CLASS_FOLDER": str(CLASS_FOLDER),
    "JUPYTERHUB_ACTIVITY_INTERVAL": str(ACTIVITY),
}
c.Spawner.args = [
    # A page closed without its unload beacon (the XSRF check stays on in a server that carries
    # the user's login cookie, so Voila's beacon is refused) leaves its kernel to this.
    f"--MappingKernelManager.cull_idle_timeout={KERNEL_CULL}",
    f"--MappingKernelManager.cull_interval={min(60, max(1, KERNEL_CULL // 2))}",
]
# A server starts with its kernels' imports on a shared machine: give it time.
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 90

if env("RERUNNER_HUB_HOMES"):
    c.JupyterHub.spawner_class = "simple"
    c.SimpleLocalProcessSpawner.home_dir_template = env("RERUNNER_HUB_HOMES")
    if os.geteuid() == 0:
        # Every server runs as the hub's own account, root in a container.
        c.Spawner.args.append("--allow-root")

    def _copy_notebooks(spawner) -> None:
        """A new home gets its own copy of the notebooks (a student may edit theirs); an existing
        copy is kept, with the student's changes."""
        home = Path(spawner.home_dir)
        target = home / "notebooks"
        if not target.exists() and NOTEBOOKS.is_dir():
            home.mkdir(parents=True, exist_ok=True)
            shutil.copytree(
                NOTEBOOKS, target, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.csv")
            )

    c.Spawner.pre_spawn_hook = _copy_notebooks

CLASS_FOLDER.mkdir(parents=True, exist_ok=True)

# --- activity and culling ----------------------------------------------------------------------

c.JupyterHub.last_activity_interval = ACTIVITY
# Activity newer by less than this is not written down; it must not hide the last report.
c.JupyterHub.activity_resolution = min(30, ACTIVITY)

cull_scopes = ["list:users", "read:users:activity", "read:servers", "delete:servers"]
cullable = _names("RERUNNER_HUB_CULL_USERS")
if cullable:
    # The culler sees, and may stop, the servers of this group's members only.
    c.JupyterHub.load_groups = {"cullable": {"users": sorted(cullable)}}
    cull_scopes = [f"{scope}!group=cullable" for scope in cull_scopes]

c.JupyterHub.load_roles = [
    {"name": "idle-culler", "scopes": cull_scopes, "services": ["idle-culler"]}
]

APPS_PORT = int(env("RERUNNER_APPS_PORT", "8866"))
c.JupyterHub.services = [
    {
        "name": "idle-culler",
        "command": [
            sys.executable, "-m", "jupyterhub_idle_culler",
            f"--timeout={CULL_TIMEOUT}", f"--cull-every={CULL_EVERY}",
        ],
    },
    {
        # The public apps: no login (the proxy sends /services/apps/ straight to the service),
        # a kernel per page load, culled when its page has gone for 15 minutes.
        "name": "apps",
        "url": f"http://127.0.0.1:{APPS_PORT}",
        "command": [
            sys.executable, "-m", "rerunner", "run", str(NOTEBOOKS),
            "--host", "127.0.0.1", f"--port={APPS_PORT}", "--base-url", "/services/apps/",
            f"--pool={int(env('RERUNNER_APPS_POOL', '0'))}", "--cull-idle", "900",
        ],
    },
]  # fmt: skip
