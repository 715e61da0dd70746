#!/usr/bin/env bash
# Install a headless browser for the docs check (tests/e2e/test_docs.py): Debian's chromium.
# Idempotent: does nothing when chromium (or chromium-browser, google-chrome) is on PATH.
# Needs root (or sudo) and a Debian/Ubuntu apt.
set -euo pipefail

for browser in chromium chromium-browser google-chrome; do
    if command -v "$browser" >/dev/null 2>&1; then
        echo "install-chromium: $(command -v "$browser") already on PATH"
        exit 0
    fi
done
if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-chromium: no apt-get here; install chromium yourself (the docs check needs it)" >&2
    exit 1
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { echo "install-chromium: needs root or sudo" >&2; exit 1; }
    sudo=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends chromium
echo "install-chromium: installed $(command -v chromium) (Debian chromium $(dpkg-query -W -f='${Version}' chromium))"
