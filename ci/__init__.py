"""The orchestration library behind the nox sessions (see noxfile.py).

Each module is one concern and can be used and tested without nox:

- shared: ``paths`` (where things live), ``lock`` (the stack lock), ``atomic`` (all-or-nothing
  writes), ``errors`` (exit codes and error types of the commands);
- packaging: ``metadata`` (frontend wheel metadata derived from the lock), ``wheelhouse`` and
  ``wheelhouse_platforms`` (gathering and installing wheels), ``build`` (the `nox -s build` job),
  ``smoke_model`` (an installed torch-iree, end to end), ``providers`` (where the compiler
  comes from), ``bazel`` (the Bazel build);
- test suites and reports: ``corpus`` and ``corpus_replay`` (the IR corpus), ``coverage`` (models
  × targets), ``real_models`` (transformers architectures through every entry point), ``opinfo``
  (the OpInfo sweep), ``shield`` (are the compiler workarounds still
  needed), ``gpu``, ``gpu_bundle`` and ``gpu_suite`` (GPU detection and the GPU suite),
  ``matrix`` and ``workflows`` (the hardware matrix and the GitHub workflows made from it),
  ``snippets`` (README code blocks run as written), ``docs`` (the documentation site);
- bots: ``sync`` (torch-mlir onto IREE's LLVM), ``qualify`` (a new release against the lock).
"""
