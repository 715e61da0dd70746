"""Is each compiler-bug workaround still needed? (``python -m ci.shield probe|report``)

``probe`` compiles each workaround's repro with that workaround off, runs it and compares with
eager PyTorch: "needed" when the compiler fails or the answer is wrong, "not needed" when this
IREE gets it right alone (then the workaround can go: delete it from ``torch_iree._passes.shield`` and
its report). It also checks that the repro passes *with* the workaround. ``report`` writes each
FX repro's torch-dialect input (``docs/iree-issues/<name>.mlir``), what an upstream bug report
needs besides ``<name>.md``.

    python -m ci.shield probe [--json out.json]     # exit 0; the table on stdout
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from ci.paths import REPO_ROOT

ISSUES_DIR = REPO_ROOT / "docs" / "iree-issues"


def _sdpa_2d_mask() -> tuple[Callable[..., Any], tuple[torch.Tensor, ...]]:
    g = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(1, 2, n, 8, generator=g) for n in (3, 6, 6))
    return (lambda q, k, v, mask: F.scaled_dot_product_attention(q, k, v, attn_mask=mask)), (
        q, k, v, torch.rand(3, 6, generator=g) > 0.3,
    )  # fmt: skip


def _update_one_layer() -> tuple[Callable[..., Any], tuple[torch.Tensor, ...]]:
    g = torch.Generator().manual_seed(0)
    return (lambda cache, k, position: cache[0].index_copy(0, position, k)), (
        torch.randn(2, 8, 4, generator=g), torch.randn(1, 4, generator=g), torch.tensor([3]),
    )  # fmt: skip


def _uint8_pixels() -> tuple[Callable[..., Any], tuple[torch.Tensor, ...]]:
    # float pixels → uint8 (200.0 must stay 200), then summed into int64 (255 must count 255)
    return (lambda x: x.to(torch.uint8).sum()), (torch.tensor([200.0, 255.0, 3.0]),)


def _pool_past_input() -> tuple[Callable[..., Any], tuple[torch.Tensor, ...]]:
    # EfficientNet's classifier pool: a 4x4 window over a 2x2 map, one output (the mean)
    g = torch.Generator().manual_seed(0)
    return (lambda x: F.avg_pool2d(x, 4, ceil_mode=True)), (torch.randn(1, 2, 2, 2, generator=g),)


def _two_sorts() -> tuple[Callable[..., Any], tuple[torch.Tensor, ...]]:
    g = torch.Generator().manual_seed(0)
    a, b = torch.randn(2, 4, generator=g), torch.randn(2, 4, generator=g)
    # one result: the stacked indices of both sorts (the probe compares one tensor)
    return (lambda a, b: torch.stack([torch.sort(a, 1)[1], torch.sort(b, 1)[1]])), (a, b)


FX_REPROS = {
    "sdpa_mask_rank": _sdpa_2d_mask,
    "scatter_into_view": _update_one_layer,
    "uint8_conversions": _uint8_pixels,
    "unique_sort_shapes": _two_sorts,
    "pool_window_past_input": _pool_past_input,
}


@dataclass
class ProbeResult:
    workaround: str
    without: str  # "fails: ...", "wrong answer: ...", "passes"
    with_it: str
    verdict: str  # needed / not needed / broken (fails even with the workaround)


def _shield(disabled: Sequence[str]) -> Any:
    from torch_iree._passes.shield import Shield

    return Shield(frozenset(disabled))


def _try_fx(name: str, disabled: Sequence[str]) -> str:
    import torch_iree

    function, args = FX_REPROS[name]()
    try:
        exported = torch_iree.export(function, args, shield=_shield(disabled))
        got = exported.compile("llvm-cpu", cache=False).load("cpu")(*args)
    except torch_iree.TorchIreeError as exc:
        return "fails: " + _first_error(exc)
    want = function(*args)
    return (
        "passes"
        if torch.allclose(got, want, atol=1e-5)
        else f"wrong answer: {got.tolist()}, eager {want.tolist()}"
    )


def _try_zero_state(disabled: Sequence[str]) -> str:
    sys.path.insert(0, str(REPO_ROOT))
    import torch_iree
    from examples.gpt_decoder import TinyGPT, generate

    torch.manual_seed(0)
    model = TinyGPT(layers=1).eval()
    prompt = torch.randint(0, 96, (1, 8), generator=torch.Generator().manual_seed(0))
    with torch.no_grad():
        reference = copy.deepcopy(model)
        eager = generate(reference.prefill, reference.decode, prompt, 8)
    program = torch_iree.Program(model, shield=_shield(disabled))
    seq = torch.export.Dim("seq", min=2, max=32)
    program.function("prefill", args=(torch.zeros(1, 8, dtype=torch.int64),), dynamic_shapes=({1: seq},))
    program.function("decode", args=(torch.zeros(1, 1, dtype=torch.int64), torch.tensor([8])))
    try:
        loaded = program.export().compile("llvm-cpu", cache=False).load("cpu")
    except torch_iree.TorchIreeError as exc:
        return "fails: " + _first_error(exc)
    tokens = generate(loaded.prefill, loaded.decode, prompt, 8)
    return "passes" if tokens == eager else f"wrong answer: tokens {tokens}, eager {eager}"


def _first_error(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if "error:" in line] or [str(exc)]
    return lines[0][:200]


def probe(names: Sequence[str] = ()) -> list[ProbeResult]:
    from torch_iree._passes.shield import names as all_names

    results = []
    for name in names or all_names():
        attempt = (lambda off, n=name: _try_fx(n, off)) if name in FX_REPROS else _try_zero_state
        without, with_it = attempt([name]), attempt([])
        if with_it != "passes":
            verdict = "broken"
        else:
            verdict = "not needed" if without == "passes" else "needed"
        results.append(ProbeResult(name, without, with_it, verdict))
    return results


def write_repros() -> list[Path]:
    """Each FX repro's torch-dialect input, exported with its workaround off."""
    import torch_iree

    written = []
    for name, make in FX_REPROS.items():
        function, args = make()
        exported = torch_iree.export(function, args, shield=_shield([name]), index_checks=False)
        path = ISSUES_DIR / f"{name}.mlir"
        path.write_text(exported.mlir, encoding="utf-8")
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.shield", description=__doc__)
    parser.add_argument("command", choices=("probe", "report"))
    parser.add_argument("--json", type=Path, help="probe: also write the results here")
    parser.add_argument("--only", default="", help="probe: comma-separated workarounds (default: all)")
    args = parser.parse_args(argv)
    if args.command == "report":
        for path in write_repros():
            print(path.relative_to(REPO_ROOT))
        return 0
    from iree.compiler import version as compiler_version

    from torch_iree._passes.shield import names as all_names

    only = [n for n in args.only.split(",") if n]
    unknown = sorted(set(only) - set(all_names()))
    if unknown:
        parser.error(f"unknown workarounds {', '.join(unknown)}; known: {', '.join(all_names())}")
    results = probe(only)
    print(f"IREE compiler {getattr(compiler_version, 'VERSION', '?')}")
    print(f"{'workaround':<20} {'verdict':<11} without it")
    for result in results:
        print(f"{result.workaround:<20} {result.verdict:<11} {result.without}")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in results], indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
