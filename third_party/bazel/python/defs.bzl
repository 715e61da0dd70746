"""Python rules for this workspace on Bazel 4's native py_* rules (no rules_python offline).

- `pytest_test`: one py_test per test file, each run by pytest in the environment that
  @local_python points at (see local_python.bzl).
- `python_wheel`: builds a wheel from a pyproject.toml project with that environment's pip.
"""

_PYTEST_MAIN = "//third_party/bazel/python:pytest_main.py"
_ENVIRONMENT = "@local_python//:environment.txt"

# Sent to pytest in every py_test: tests marked `bazel` drive Bazel themselves and would
# recurse into the build that runs them; they run from `nox -s test`/pytest only.
# `bazel`-marked tests run Bazel themselves; `slow` ones (fresh venvs, offline installs) are
# the nox suite's job and would hold a Bazel test slot for minutes.
_PYTEST_ARGS = ["-m", "'not bazel and not slow'", "-q"]

def pytest_test(name, srcs, deps = [], data = [], args = [], size = "small", **kwargs):
    """A py_test for each file in `srcs`, named after it, and a test_suite `name` of them all.

    Args:
      name: the test_suite's name.
      srcs: test files (`test_*.py`); each gets its own target, so Bazel runs and caches them
        one by one and a change to one file re-runs only that file.
      deps: py_library targets the tests import.
      data: extra runtime files (e.g. conftest.py, the pytest configuration).
      args: extra pytest arguments.
      size: Bazel test size (timeout class) of each test.
      **kwargs: passed to every py_test (tags, env, timeout, ...).
    """
    tests = []
    for src in srcs:
        test_name = src[:-len(".py")] if src.endswith(".py") else src
        native.py_test(
            name = test_name,
            srcs = [_PYTEST_MAIN, src],
            main = _PYTEST_MAIN,
            args = _PYTEST_ARGS + args + ["$(rootpath {})".format(src)],
            deps = deps,
            data = data + [_ENVIRONMENT],
            python_version = "PY3",
            srcs_version = "PY3",
            size = size,
            **kwargs
        )
        tests.append(":" + test_name)
    # A test_suite lists its tests explicitly, so `//...` would reach manual tests through it:
    # make the suite manual too. (Its tags also filter members; manual members have the tag.)
    manual = [tag for tag in kwargs.get("tags", []) if tag == "manual"]
    native.test_suite(name = name, tests = tests, tags = manual)

def _python_wheel_impl(ctx):
    out_dir = ctx.actions.declare_directory(ctx.attr.name)
    project = ctx.file.pyproject.dirname
    ctx.actions.run(
        executable = ctx.executable._python,
        arguments = [ctx.file._builder.path, project, out_dir.path],
        inputs = ctx.files.srcs + [ctx.file.pyproject, ctx.file._builder, ctx.file._environment],
        outputs = [out_dir],
        mnemonic = "PythonWheel",
        progress_message = "Building wheel from {}".format(project),
    )
    return [DefaultInfo(files = depset([out_dir]), runfiles = ctx.runfiles(files = [out_dir]))]

python_wheel = rule(
    implementation = _python_wheel_impl,
    doc = """A wheel built by pip from a pyproject.toml project, offline (no build isolation).

The output is a directory named after the target holding the one .whl, so the wheel keeps its
standard file name (name-version-tags.whl), which a rule could not know before the build.""",
    attrs = {
        "pyproject": attr.label(allow_single_file = ["pyproject.toml"], mandatory = True),
        "srcs": attr.label_list(allow_files = True, doc = "everything the build reads"),
        "_builder": attr.label(
            default = "//third_party/bazel/python:build_wheel.py",
            allow_single_file = True,
        ),
        "_environment": attr.label(default = _ENVIRONMENT, allow_single_file = True),
        "_python": attr.label(
            default = "@local_python//:python",
            executable = True,
            cfg = "exec",
            allow_single_file = True,
        ),
    },
)
