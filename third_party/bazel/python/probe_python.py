"""Describe a Python environment as JSON: where it is, what it has, and a fingerprint.

Run with the interpreter to describe (``python probe_python.py``). Two callers share it, so
they agree on every byte: ``ci/bazel.py`` (to pass the fingerprint to Bazel) and the
``local_python`` repository rule (to generate ``@local_python``). Stdlib only, Python 3.8+,
because it must run on whatever interpreter a user points Bazel at, even a wrong one, and
say clearly what is wrong with it.

The fingerprint changes whenever the interpreter or any installed distribution changes. Bazel
cannot see into an environment outside the workspace; the fingerprint is how its caches learn
that ``pip install`` happened (see local_python.bzl).
"""

import hashlib
import json
import sys
from importlib import metadata
from importlib.util import find_spec

# What `bazel test //...` needs from the environment itself (not from the workspace):
# pytest runs every py_test, tomlkit/packaging are the ci library's only dependencies,
# pip + setuptools build the frontend wheel without network (--no-build-isolation).
REQUIRED_MODULES = ("pytest", "tomlkit", "packaging", "pip", "setuptools")
MIN_PYTHON = (3, 10)


def describe() -> dict:
    distributions = sorted(
        {f"{dist.metadata['Name']}=={dist.version}" for dist in metadata.distributions()},
        key=str.lower,
    )
    version = ".".join(str(part) for part in sys.version_info[:3])
    identity = "\n".join([sys.executable, sys.prefix, sys.version, *distributions])
    problems = []
    if sys.version_info[:2] < MIN_PYTHON:
        problems.append(f"Python {version} is older than {'.'.join(map(str, MIN_PYTHON))}")
    missing = [name for name in REQUIRED_MODULES if find_spec(name) is None]
    if missing:
        problems.append(f"missing modules: {', '.join(missing)}")
    return {
        "executable": sys.executable,
        "prefix": sys.prefix,
        "version": version,
        "distributions": distributions,
        "fingerprint": hashlib.sha256(identity.encode("utf-8")).hexdigest(),
        "problems": problems,
    }


if __name__ == "__main__":
    json.dump(describe(), sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")
