#!/bin/sh
# Stand-in for Bazel's coverage tools (see third_party/bazel/README.md).
echo "error: \`bazel coverage\` needs Bazel's remote_coverage_tools, which this offline" \
     "workspace replaces with a stub; use \`pytest --cov\` through nox instead" >&2
exit 1
