"""``python -m ci.providers``: verify the prebuilt compiler, or plan/run the source build."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ci.paths import LOCK_PATH, REPO_ROOT
from ci.providers.errors import ProviderError
from ci.providers.placement import link_preset, place_torch_mlir
from ci.providers.prebuilt import PLUGIN, VerifyOptions, plugin_list, verify_prebuilt
from ci.providers.source import LAUNCHERS, TARGETS, SourceOptions, missing_sources, run_source_build


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m ci.providers", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    verify = sub.add_parser("verify", help="prove the installed locked compiler carries input_torch")
    verify.add_argument("--python", type=Path, default=Path(sys.executable), help="whose install to check")
    verify.add_argument(
        "--iree-compile", type=Path, help="the iree-compile binary (default: the installed one)"
    )
    verify.add_argument("--lock", type=Path, default=LOCK_PATH)

    source = sub.add_parser("source", help="build IREE with IREE_INPUT_TORCH=ON from third_party/iree")
    source.add_argument("--dry-run", action="store_true", help="print the plan, run nothing")
    source.add_argument("--launcher", choices=LAUNCHERS, default="auto")
    source.add_argument(
        "--targets", default=",".join(TARGETS), help=f"comma-separated, from {', '.join(TARGETS)}"
    )
    source.add_argument("--inputs", default="torch", help="input plugins: torch[,stablehlo,tosa]")
    source.add_argument("--build-dir", type=Path, default=SourceOptions.build_dir)
    source.add_argument("--wheel-dir", type=Path, default=SourceOptions.wheel_dir)
    source.add_argument("--repo-root", type=Path, default=REPO_ROOT)
    source.add_argument("--lock", type=Path, default=LOCK_PATH)

    check = sub.add_parser("check-sources", help="fail naming the fetch command when a submodule is missing")
    check.add_argument("--repo-root", type=Path, default=REPO_ROOT)

    place = sub.add_parser("place-torch-mlir", help="torch-mlir at a commit plus the patch queue")
    place.add_argument("--torch-mlir", type=Path, required=True)
    place.add_argument("--commit", required=True)
    place.add_argument("--patch-dir", type=Path, required=True)
    place.add_argument("--patch", action="append", default=[])

    preset = sub.add_parser("link-preset", help="include compiler_plugin/CMakePresets.json from IREE")
    preset.add_argument("--iree", type=Path, required=True)
    preset.add_argument("--presets", type=Path, required=True)

    plugin = sub.add_parser("check-plugin", help="fail unless an iree-compile lists input_torch")
    plugin.add_argument("iree_compile", type=Path)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "verify":
            result = verify_prebuilt(
                VerifyOptions(lock_path=args.lock, python=args.python, iree_compile=args.iree_compile)
            )
            print(result.summary())
        elif args.command == "source":
            options = SourceOptions(
                repo_root=args.repo_root.resolve(),
                lock_path=args.lock,
                build_dir=args.build_dir.resolve(),
                wheel_dir=args.wheel_dir.resolve(),
                launcher=args.launcher,
                targets=tuple(t for t in args.targets.split(",") if t),
                inputs=tuple(i for i in args.inputs.split(",") if i),
            )
            plan = run_source_build(options, dry_run=args.dry_run)
            if args.dry_run:
                print(plan.render())
        elif args.command == "check-sources":
            missing = missing_sources(SourceOptions(repo_root=args.repo_root))
            if missing:
                raise ProviderError("sources missing:\n" + "\n".join(f"  - {m}" for m in missing))
        elif args.command == "place-torch-mlir":
            if args.commit.startswith("<"):
                raise ProviderError("torch_mlir.commit is unresolved: run `nox -s sync-torch-mlir` first")
            applied = place_torch_mlir(args.torch_mlir, args.commit, args.patch_dir, args.patch)
            print(f"torch-mlir at {args.commit[:12]} + {len(applied)} patch(es)")
        elif args.command == "link-preset":
            print(link_preset(args.iree, args.presets))
        elif args.command == "check-plugin":
            plugins = plugin_list(args.iree_compile)
            if PLUGIN not in plugins:
                raise ProviderError(
                    f"{args.iree_compile} lists {plugins}, not {PLUGIN}: the build lost IREE_INPUT_TORCH"
                )
            print(f"{args.iree_compile}: {PLUGIN} present")
    except ProviderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
