#!/usr/bin/env bash
# Install Bazel for `nox -s bazel`: Debian's bazel-bootstrap (Bazel 4.2.3), which runs this
# workspace offline (third_party/bazel/README.md). Idempotent: does nothing when a `bazel` is
# already on PATH (a Bazelisk or another install is respected), or when bazel-bootstrap is
# installed. Needs root (or sudo) and a Debian/Ubuntu apt; measured here: apt-get update ~1.5 s,
# install ~20 s (43 packages, ~40 MB, mostly the Java runtime).
set -euo pipefail

if command -v bazel >/dev/null 2>&1; then
    echo "install-bazel: $(command -v bazel) already on PATH"
    exit 0
fi
if dpkg-query -W -f='${Status}' bazel-bootstrap 2>/dev/null | grep -q "install ok installed"; then
    echo "install-bazel: bazel-bootstrap is installed but bazel is not on PATH (expected /usr/bin/bazel)" >&2
    exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-bazel: no apt-get here; install Bazel (or Bazelisk) yourself: https://bazel.build/install" >&2
    exit 1
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-bazel: needs root or sudo" >&2; exit 1; }
    sudo=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends bazel-bootstrap
echo "install-bazel: installed $(command -v bazel) (Debian bazel-bootstrap $(dpkg-query -W -f='${Version}' bazel-bootstrap))"
