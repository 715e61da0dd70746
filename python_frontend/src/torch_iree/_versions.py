"""Installed versions of the distributions that make up a torch-iree stack, and comparisons
of them against requirement specifiers (``packaging``: PEP 440, pre-releases included)."""

from __future__ import annotations

from importlib import metadata

STACK = ("torch", "iree-base-compiler", "iree-base-runtime", "torch-iree")


def installed_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def installed_versions(dists: tuple[str, ...] = STACK) -> dict[str, str]:
    return {dist: installed_version(dist) or "not installed" for dist in dists}


def satisfies(version: str, specifier: str) -> bool:
    """Whether ``version`` meets ``specifier`` (``"<2.15,>=2.13"``) as pip would decide it:
    the local part (``+cpu``) is ignored, a pre-release (``2.13.0rc1``) does not meet ``>=2.13``
    unless the specifier names one. An unreadable version or specifier never satisfies."""
    # Imported here: keying a cached program needs installed versions, never a comparison,
    # and a warm torch.compile first call should not pay packaging's import.
    from packaging.specifiers import InvalidSpecifier, SpecifierSet
    from packaging.version import InvalidVersion, Version

    try:
        return SpecifierSet(specifier).contains(Version(version))
    except (InvalidSpecifier, InvalidVersion):
        return False
