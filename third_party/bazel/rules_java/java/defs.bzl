"""Offline stand-in for @rules_java//java:defs.bzl (see third_party/bazel/README.md).

Loaded by @bazel_tools//tools/jdk and friends; in Bazel 4 the real rules_java only forwards
to the native rules, which is all this file does.
"""

java_binary = native.java_binary
java_import = native.java_import
java_library = native.java_library
java_lite_proto_library = native.java_lite_proto_library
java_package_configuration = native.java_package_configuration
java_plugin = native.java_plugin
java_proto_library = native.java_proto_library
java_runtime = native.java_runtime
java_test = native.java_test
java_toolchain = native.java_toolchain
