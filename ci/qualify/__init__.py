"""Bump qualification: try a new IREE (or torch) release on everything we know, before the PR.

``python -m ci.qualify --iree-version X.Y.Z`` (``nox -s qualify -- ...``) builds one isolated
venv per side (baseline: the stack lock; candidate: the lock with the given versions), runs the
same suites on both, each in its own process with its own compile cache, and compares them
entry by entry. Modules, in the order data flows:

- ``versions``: the two sides' requirements, checked against the package index before any
  install (a version that does not exist, or does not install here, is bad input);
- ``venvs``: an isolated, reusable venv per side, with the frontend from this checkout;
- ``suites``: what runs in a side's venv (IR corpus, model suite, OpInfo subset, shield probes,
  short benchmark) and how its output becomes entries (``models_worker`` runs inside the venv);
- ``compare``: outcomes → per-entry verdicts (fixed, broken, same, slower, faster);
- ``report``: the JSON report and the PR body; ``run``: the whole qualification.
"""
