"""Fixtures shared by every layer (each layer's own are in its folder's conftest.py)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator

import pytest

from tests.support.kernel_client import KernelSession

# Caches kept on disk (st.cache_data(persist="disk")) write into a folder of this session's own,
# which the kernels and servers the tests start inherit.
os.environ.setdefault("RERUNNER_CACHE_DIR", tempfile.mkdtemp(prefix="rerunner-cache-"))


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
