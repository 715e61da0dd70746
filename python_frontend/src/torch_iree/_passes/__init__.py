"""Graph passes over FX graphs, run by the importer in one order (``torch_iree._importer``):
compiler-bug rewrites (``shield``), run-time index checks (``index_checks``), which inputs get a
private copy (``aliasing``), unsupported-op reports (``op_support``), the work estimate that
picks a CPU driver (``cost``), and the helpers they add nodes with (``fx_building``).

Private: users choose what runs through the options of ``export``/``Program`` and the
torch.compile backend (``torch_iree.Shield`` for the rewrites), not by importing these.
"""
