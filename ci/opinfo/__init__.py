"""The OpInfo op-coverage sweep (``nox -s opinfo``): every op of PyTorch's OpInfo database,
compiled for llvm-cpu through torch_iree and through the raw upstream path, run, and compared
with eager PyTorch.

- ``cases``: OpInfo entries → sample functions (tensors in, op out);
- ``paths``: the two paths a sample can take (``ours``: torch_iree; ``raw``: torch.export's
  default decompositions + IREE's FX importer + iree-compile) and the comparison with eager;
- ``sweep``: workers (one process per chunk of ops, restarted past a crash) and the parent;
- ``report``: per-op JSON, the markdown table and the plot in ``docs/``, the regression check.
"""
