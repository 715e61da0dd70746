"""Every entry point goes through one compile path (issue 25):

- one cached-compile function (``torch_iree.artifacts.compile_cached``) serves AOT,
  torch.compile and the eager device;
- ``export`` and the torch.compile backend run the same graph steps with the same options, so
  the same function imports to the same torch-dialect ops;
- a cache key covers the frontend's own transformation code: after a decomposition is edited
  (in a copy of the package), the next AOT, torch.compile and eager call compile again and
  give the new program's answers instead of loading the old entry.
"""

from __future__ import annotations

import collections
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import torch

import torch_iree
import torch_iree.eager as eager
from torch_iree._importer import import_dynamo_graph
from torch_iree.compiling import Compiler
from torch_iree.dynamo import Backend
from torch_iree.options import ImportOptions

PACKAGE = Path(torch_iree.__file__).parent


class _RecordingCompiler(Compiler):
    """A real compiler that notes which function asked it for a program."""

    def __init__(self) -> None:
        super().__init__()
        self.callers: list[str] = []

    def compile_or_load(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.callers.append(inspect.stack()[1].function)
        return super().compile_or_load(*args, **kwargs)


def test_aot_torch_compile_and_eager_share_one_cached_compile(tmp_path: Path) -> None:
    compiler = _RecordingCompiler()
    model = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.Tanh()).eval()
    x = torch.randn(3, 8)
    with torch.no_grad():
        want = model(x)
        got_aot = torch_iree.export(model, (x,)).compile(compiler=compiler, cache=False).load()(x)
        backend = Backend(compiler=compiler, cache=False)
        got_dynamo = torch.compile(model, backend=backend)(x)
        device = eager.device("cpu", compiler=compiler, cache=False)
        got_eager = torch.tanh(x.to(device)).cpu()
    torch.testing.assert_close(got_aot, want)
    torch.testing.assert_close(got_dynamo, want)
    torch.testing.assert_close(got_eager, torch.tanh(x))
    assert backend.stats.compiled == 1 and device.stats.compiled == 1
    assert set(compiler.callers) == {"compile_cached"}, compiler.callers
    assert len(compiler.callers) == 3


def _torch_ops(mlir: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"torch\.aten\.[\w.]+", mlir))


def test_export_and_torch_compile_import_the_same_ops() -> None:
    def attend(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, index: torch.Tensor) -> torch.Tensor:
        scores = torch.nn.functional.scaled_dot_product_attention(q, k, v)
        picked = scores[:, :, index]  # a gather: index checks apply
        return torch.nn.functional.gelu(picked).sum(-1) + torch.special.erf(picked).mean(-1)

    args = (
        torch.randn(2, 4, 6, 8),
        torch.randn(2, 4, 6, 8),
        torch.randn(2, 4, 6, 8),
        torch.tensor([0, 5, 2]),
    )
    for attention in ("fused", "decomposed"):
        options = ImportOptions(attention=attention)
        aot = torch_iree.export(attend, args, attention=attention)
        graphs = []

        def capture(gm, example_inputs, graphs=graphs):  # type: ignore[no-untyped-def]
            graphs.append((gm, example_inputs))
            return gm.forward

        torch._dynamo.reset()
        torch.compile(attend, backend=capture, dynamic=False)(*args)
        ((gm, example_inputs),) = graphs
        dynamo = import_dynamo_graph(gm, example_inputs, options)
        assert _torch_ops(dynamo.mlir) == _torch_ops(aot.mlir), attention
        assert dynamo.signature.index_checks == aot.signature.index_checks != ()
        fused = "torch.aten.scaled_dot_product_attention" in aot.mlir
        assert fused == (attention == "fused")
    torch._dynamo.reset()


_SCRIPT = r"""
import json, sys, warnings
import torch, torch_iree, torch_iree.eager as eager
from torch_iree.dynamo import Backend

torch.manual_seed(0)
model = torch.nn.Sequential(torch.nn.Conv2d(2, 3, 1), torch.nn.BatchNorm2d(3)).eval()
model[1].running_mean.fill_(0.5)
x = torch.randn(1, 2, 4, 4)
out = {}
with torch.no_grad():
    out["aot"] = torch_iree.compile(model, (x,))(x).sum().item()
    backend = Backend()
    out["dynamo"] = torch.compile(model, backend=backend)(x).sum().item()
    out["dynamo_compiled"] = backend.stats.compiled
    device = eager.device("cpu")
    bn = model[1]
    y = torch.ops.aten._native_batch_norm_legit_no_training(
        torch.randn(1, 3, 4, 4).to(device),
        bn.weight.to(device), bn.bias.to(device), bn.running_mean.to(device), bn.running_var.to(device),
        0.1, 1e-5)[0]
    out["eager"] = y.cpu().sum().item()
    out["eager_compiled"] = device.stats.compiled
out["eager_disk_hits"] = device.stats.disk_hits
out["dynamo_hits"] = backend.stats.cache_hits
print(json.dumps(out))
"""


def _run(src: Path, cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(src), "TORCH_IREE_CACHE_DIR": str(cache)}
    env.pop("TORCH_IREE_CACHE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_an_edited_decomposition_is_never_served_from_a_warm_cache(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(PACKAGE, src / "torch_iree", ignore=shutil.ignore_patterns("__pycache__"))
    cache = tmp_path / "cache"
    first = _run(src, cache)
    assert first["dynamo_compiled"] == 1 and first["eager_compiled"] >= 1
    warm = _run(src, cache)  # nothing changed: every program comes from the cache
    assert warm["dynamo_compiled"] == 0 and warm["dynamo_hits"] == 1
    assert warm["eager_compiled"] == 0 and warm["eager_disk_hits"] >= 1
    # A fix to batch norm's decomposition (here: a visible shift of every output by 1).
    table = src / "torch_iree" / "decompositions" / "__init__.py"
    text = table.read_text()
    marker = "    empty = x.new_zeros((0,))\n    return out, empty, empty\n"
    assert marker in text
    table.write_text(
        text.replace(marker, "    empty = x.new_zeros((0,))\n    return out + 1.0, empty, empty\n")
    )
    edited = _run(src, cache)
    assert edited["dynamo_compiled"] == 1 and edited["dynamo_hits"] == 0
    assert edited["eager_compiled"] >= 1 and edited["eager_disk_hits"] == 0
    elements = 1 * 3 * 4 * 4
    for path in ("aot", "dynamo"):
        assert abs(edited[path] - (warm[path] + elements)) < 1e-3, (path, warm, edited)
    assert abs(edited["eager"] - (warm["eager"] + elements)) < 1e-3, (warm, edited)
