"""ci.gpu_bundle on the CPU: what GPU runners check, made and checked here end to end."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ci import gpu_bundle


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return gpu_bundle.make(tmp_path_factory.mktemp("bundle"), target="llvm-cpu")


def test_bundle_checks_out_on_the_cpu(bundle: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert gpu_bundle.main(["check", str(bundle), "--device", "cpu", "--report", str(bundle / "r.json")]) == 0
    table = capsys.readouterr().out
    for case in ("mlp", "mlp_dynamic_batch", "linear_fp16", "gpt_inline", "gpt_external"):
        assert case in table
    assert "32/32 tokens as eager" in table and "FAIL" not in table


def test_a_wrong_answer_fails_the_check(
    bundle: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = dict(np.load(bundle / "mlp.npz"))
    data["expected"] = data["expected"] + 1.0
    np.savez(bundle / "mlp.npz", **data)
    try:
        assert gpu_bundle.main(["check", str(bundle), "--device", "cpu"]) == 1
        assert "FAIL" in capsys.readouterr().out
    finally:
        data["expected"] = data["expected"] - 1.0
        np.savez(bundle / "mlp.npz", **data)


def test_a_program_for_another_driver_is_reported_not_crashed(bundle: Path) -> None:
    results = gpu_bundle.check(bundle, device="cuda")
    assert results and not any(r.ok for r in results)
    assert all("cuda" in r.detail for r in results)
