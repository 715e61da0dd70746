"""Offline stand-in for @rules_cc//cc:defs.bzl (see third_party/bazel/README.md).

Bazel 4's own BUILD files under @bazel_tools load these names from @rules_cc even when no C++
is built, so the repository must exist. In Bazel 4 the real rules_cc only forwards to the
native rules (its wrappers add a migration tag), so forwarding here keeps the same behavior.
"""

cc_binary = native.cc_binary
cc_import = native.cc_import
cc_library = native.cc_library
cc_proto_library = native.cc_proto_library
cc_test = native.cc_test
cc_toolchain = native.cc_toolchain
cc_toolchain_suite = native.cc_toolchain_suite
fdo_prefetch_hints = native.fdo_prefetch_hints
fdo_profile = native.fdo_profile
objc_import = native.objc_import
objc_library = native.objc_library
