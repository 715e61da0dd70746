#!/usr/bin/env bash
# Build IREE's iree-compile with the torch input plugin, from the third_party/iree checkout,
# with IREE's own Bazel setup (its WORKSPACE/MODULE.bazel and .bazelversion, not ours).
#
#   build_iree_compile.sh [--dry-run] IREE_DIR IREE_TORCH_BAZELRC OUT
#
# --dry-run prints every command and runs none. Environment:
#   IREE_BAZEL              the Bazel to run inside IREE (default: bazelisk, else bazel). IREE
#                           pins a newer Bazel than Debian's 4.2.3; bazelisk fetches it.
#   IREE_BAZEL_OUTPUT_ROOT  its --output_user_root (default ~/.cache/torch-iree/iree-bazel):
#                           IREE's build is large and keeps its own cache there.
#   IREE_BAZEL_ARGS         extra build flags, e.g. "--config=remote --remote_cache=...".
# Called by @iree_source//:iree-compile (see iree_source.bzl) and by
# `python -m ci.bazel iree-compile [--dry-run]`.
set -euo pipefail

dry_run=0
if [[ "${1:-}" == "--dry-run" ]]; then
    dry_run=1
    shift
fi
if [[ $# -ne 3 ]]; then
    echo "usage: $0 [--dry-run] IREE_DIR IREE_TORCH_BAZELRC OUT" >&2
    exit 2
fi
iree_dir=$1
bazelrc=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
out=$3
if [[ -d "$(dirname "$out")" ]]; then
    # Absolute, because the build runs after `cd` into the checkout.
    out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
elif [[ $dry_run -eq 0 ]]; then
    echo "error: the folder of $out does not exist" >&2
    exit 2
fi

if [[ ! -d "$iree_dir/compiler/plugins" ]]; then
    echo "error: $iree_dir is not an IREE checkout (no compiler/plugins): fetch it with" \
         "\`git submodule update --init --recursive third_party/iree\`" >&2
    exit 2
fi

bazel=${IREE_BAZEL:-$(command -v bazelisk || command -v bazel || echo bazelisk)}
output_root=${IREE_BAZEL_OUTPUT_ROOT:-${HOME:-/tmp}/.cache/torch-iree/iree-bazel}
read -r -a extra_args <<< "${IREE_BAZEL_ARGS:-}"

run() {
    printf '+'; printf ' %q' "$@"; printf '\n'
    if [[ $dry_run -eq 0 ]]; then "$@"; fi
}

printf '+ cd %q\n' "$iree_dir"
cd "$iree_dir"
# IREE's configure_bazel.py writes configured.bazelrc (Python paths, platform config).
run python3 configure_bazel.py
run "$bazel" "--output_user_root=$output_root" "--bazelrc=$bazelrc" build \
    --config=torch_iree "${extra_args[@]}" //tools:iree-compile
run cp -f bazel-bin/tools/iree-compile "$out"
if [[ $dry_run -eq 0 ]]; then
    # The proof the plugin is in: the same check the prebuilt provider makes.
    "$out" --iree-print-plugin-info 2>&1 | grep -q input_torch || {
        echo "error: $out was built without the input_torch plugin" >&2
        exit 1
    }
fi
