"""Fixtures shared by every layer (each layer's own are in its folder's conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.kernel_client import KernelSession


@pytest.fixture(scope="module")
def kernel() -> Iterator[KernelSession]:
    """A real ipykernel with ``%load_ext rerunner`` done, shared by the tests of one module (they
    use keys and app names of their own), shut down after the module's last test."""
    session = KernelSession()
    try:
        session.run("%load_ext rerunner")
        yield session
    finally:
        session.close()
