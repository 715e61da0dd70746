"""The LLVM-bump bot: sync third_party/torch-mlir to IREE's LLVM revision (``python -m ci.sync``).

Modules, one concern each:

- ``git``: a thin typed wrapper over the git command line;
- ``pins``: read IREE's pins and choose the torch-mlir commit (batched, exact);
- ``patches``: the compiler_plugin/patches queue, applied in a scratch clone;
- ``release``: an IREE release's version and commit, read from its compiler wheel;
- ``repo``: our repository: dirty-tree check and the all-or-nothing transaction;
- ``core``: ``sync(SyncOptions) -> SyncResult``, the whole run;
- ``report``: JSON report, PR title/body, plan text;
- ``__main__``: the command line.
"""

from ci.errors import BadInput, CiError, ExitCode, NeedsPerson
from ci.sync.core import SyncOptions, SyncResult, sync

__all__ = ["BadInput", "CiError", "ExitCode", "NeedsPerson", "SyncOptions", "SyncResult", "sync"]
