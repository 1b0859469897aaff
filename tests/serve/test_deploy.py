"""The Zero to JupyterHub files in deploy/, checked without Docker or a cluster (neither exists
where the tests run): the values file parses and says what a class needs, names the image the
Dockerfile builds, and the Dockerfile installs rerunner as .ci/run does."""

from __future__ import annotations

import re

import pytest
import yaml

from tests.support import REPO

DEPLOY = REPO / "deploy"
# `pip install ... -e ".[extra,extra]"`, as .ci/run and the Dockerfile write it.
EDITABLE_INSTALL = re.compile(r'pip install\b[^\n]*?-e\s+"\.\[([\w,-]+)\]"')


@pytest.fixture(scope="module")
def values() -> dict:
    return yaml.safe_load((DEPLOY / "values.yaml").read_text())


@pytest.fixture(scope="module")
def dockerfile() -> str:
    return (DEPLOY / "Dockerfile").read_text()


def _extras(text: str) -> list[set[str]]:
    return [set(found.split(",")) for found in EDITABLE_INSTALL.findall(text)]


def test_the_dockerfile_installs_the_package_with_the_extras_ci_does(dockerfile: str) -> None:
    ci = _extras((REPO / ".ci" / "run").read_text())
    assert ci == [{"test", "demo"}]  # one install in .ci/run: the one the image must repeat
    assert _extras(dockerfile) == ci
    assert re.search(r"^COPY \. /srv/rerunner$", dockerfile, re.M)
    assert re.search(r"^WORKDIR /srv/rerunner$", dockerfile, re.M)  # "." is the copied repo
    # the hub's spawner runs jupyterhub-singleuser, the version pinned, not left to pip
    assert re.search(r'pip install[^\n]*"jupyterhub==\$\{JUPYTERHUB_VERSION\}"', dockerfile)
    assert re.search(r"^ARG JUPYTERHUB_VERSION=\d+\.\d+\.\d+$", dockerfile, re.M)
    assert re.search(r'^CMD \["jupyterhub-singleuser"\]$', dockerfile, re.M)
    assert re.search(r"^USER 1000$", dockerfile, re.M)  # Z2JH's default uid, not root


def test_the_values_name_the_image_the_dockerfile_builds(values: dict, dockerfile: str) -> None:
    image = values["singleuser"]["image"]
    built = re.findall(r"docker build -f deploy/Dockerfile -t ([\w./-]+):([\w.-]+) \.", dockerfile)
    assert built == [(image["name"], image["tag"])]
    # the tag is the package's version, so a new release is a new image
    version = re.search(r'^version = "([^"]+)"$', (REPO / "pyproject.toml").read_text(), re.M)
    assert image["tag"] == version.group(1)
    assert f"-t {image['name']}:{image['tag']} ." in (DEPLOY / "values.yaml").read_text()


def test_students_land_on_the_example_apps_as_dashboards(values: dict, dockerfile: str) -> None:
    singleuser = values["singleuser"]
    url = singleuser["defaultUrl"]
    assert url.startswith("/voila/render/")
    (command,) = [
        part for part in singleuser["lifecycleHooks"]["postStart"]["exec"]["command"]
        if "cp " in part
    ]  # fmt: skip
    copied = re.search(r"cp -rn (\S+)/\. ~/(\w+)/", command)
    assert copied, command
    source, home_dir = copied.groups()
    # the notebooks the hook copies are the ones the image holds (the repository's notebooks/)
    assert source == "/srv/rerunner/notebooks"
    relative = url.removeprefix("/voila/render/")
    assert relative.startswith(f"{home_dir}/")
    assert (REPO / "notebooks" / relative.removeprefix(f"{home_dir}/")).is_file()


def test_idle_servers_and_kernels_are_culled_and_students_limited(values: dict) -> None:
    cull = values["cull"]
    assert cull["enabled"] is True and 0 < cull["timeout"] and 0 < cull["every"] < cull["timeout"]
    singleuser = values["singleuser"]
    server_config = singleuser["extraFiles"]["kernel-culling"]
    # python:3.12-slim's prefix is /usr/local: Jupyter reads {prefix}/etc/jupyter
    assert server_config["mountPath"] == "/usr/local/etc/jupyter/jupyter_server_config.json"
    kernels = server_config["data"]["MappingKernelManager"]
    assert 0 < kernels["cull_interval"] < kernels["cull_idle_timeout"]
    for resource in ("cpu", "memory"):
        assert {"guarantee", "limit"} <= set(singleuser[resource]), resource
    assert _bytes(singleuser["memory"]["guarantee"]) < _bytes(singleuser["memory"]["limit"])
    assert 0 < singleuser["cpu"]["guarantee"] < singleuser["cpu"]["limit"]


def test_the_build_context_leaves_out_local_state() -> None:
    ignored = (REPO / ".dockerignore").read_text().split()
    assert {".git", "js/node_modules", "tests/artifacts"} <= set(ignored)
    assert "notebooks" not in ignored  # the image carries the example apps


def _bytes(quantity: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([KMG])", quantity).groups()
    return int(number) * 1000 ** "KMG".index(unit) * 1000
