"""``rerunner run --disconnected-ttl`` (how long a kernel whose page disconnected is kept; the
kernel manager's side is exercised in tests/browser/test_browser_visitors.py) and
``--pool-refill-delay``."""

from __future__ import annotations

import pytest

from rerunner import cli, serve


def test_the_default_is_streamlits_disconnected_session_ttl(tmp_path) -> None:
    options = cli.serve_options(cli.parse_args(["run", "app.py"]))
    assert options.disconnected_ttl == serve.DEFAULT_DISCONNECTED_TTL == 120
    plan = serve.Plan(tmp_path / "app.ipynb", tmp_path, "script")
    config = serve.voila_config(options, plan, 8866)
    assert config.SourceDirKernelManager.disconnected_ttl == 120


def test_the_option_reaches_the_kernel_manager(tmp_path) -> None:
    options = cli.serve_options(cli.parse_args(["run", "app.py", "--disconnected-ttl", "0"]))
    assert options.disconnected_ttl == 0  # 0: kept until culled or the server stops
    plan = serve.Plan(tmp_path / "nb.ipynb", None, "notebook")
    assert serve.voila_config(options, plan, 1).SourceDirKernelManager.disconnected_ttl == 0
    manager = serve.SourceDirKernelManager(root_dir=str(tmp_path), disconnected_ttl=7)
    assert manager.disconnected_ttl == 7
    assert serve.SourceDirKernelManager(root_dir=str(tmp_path)).disconnected_ttl == 120


def test_a_negative_ttl_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.parse_args(["run", "app.py", "--disconnected-ttl", "-5"])
    assert exited.value.code == 2
    assert "expected 0 or more, got -5" in capsys.readouterr().err


def test_the_pool_refill_delay_reaches_voilas_pool(tmp_path) -> None:
    plan = serve.Plan(tmp_path / "app.ipynb", tmp_path, "script")
    pooled = cli.serve_options(cli.parse_args(["run", "app.py", "--pool", "5"]))
    assert pooled.pool_refill_delay == serve.DEFAULT_POOL_REFILL_DELAY == 1  # Voila's own
    assert serve.voila_config(pooled, plan, 1).VoilaKernelManager.fill_delay == 1
    burst = cli.parse_args(["run", "app.py", "--pool", "5", "--pool-refill-delay", "15"])
    assert serve.voila_config(cli.serve_options(burst), plan, 1).VoilaKernelManager.fill_delay == 15
    # without a pool there is nothing to refill, and Voila's pool manager is not configured
    plain = serve.voila_config(cli.serve_options(cli.parse_args(["run", "app.py"])), plan, 1)
    assert "VoilaKernelManager" not in plain
