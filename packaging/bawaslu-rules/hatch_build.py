"""Hatch hooks: build bawaslu-rules from the package in the service's source tree.

- Metadata hook: the version is ``__version__`` of ``bawaslu_rules/__init__.py``.
- Build hook, regular wheel: adds the package files as ``bawaslu_rules/...``.
- Build hook, sdist: adds them as ``src/bawaslu_rules/...`` plus ``tests/rules/...``, so a
  wheel can be built from the unpacked sdist too.
- The editable wheel gets nothing from the build hook: ``dev-mode-dirs`` puts ../../src
  on sys.path, so ``pip install -e packaging/bawaslu-rules`` runs the source tree itself.

Files are added one by one (not a directory-level ``force-include``, which copies a
directory verbatim) so that only the package's own files ship: Python modules,
``py.typed`` and ``data/`` (CSV and its README), never ``__pycache__`` or whatever else
lies on the builder's disk.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from hatchling.metadata.plugin.interface import MetadataHookInterface

SHIPPED_SUFFIXES = {".py", ".typed", ".csv", ".md"}
TEST_SUFFIXES = {".py", ".json"}


def _package_dir(root: str) -> Path:
    # In the repository the package is at ../../src; in an unpacked sdist at ./src.
    for candidate in ("../../src/bawaslu_rules", "src/bawaslu_rules"):
        package = (Path(root) / candidate).resolve()
        if (package / "__init__.py").is_file():
            return package
    raise RuntimeError(f"bawaslu_rules not found next to {root}")


def _files(base: Path, suffixes: set[str]) -> list[Path]:
    return [
        p
        for p in sorted(base.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in suffixes
    ]


class VersionFromPackage(MetadataHookInterface):
    """Sets the distribution version from ``bawaslu_rules.__version__``."""

    PLUGIN_NAME = "custom"

    def update(self, metadata: dict[str, Any]) -> None:
        text = (_package_dir(self.root) / "__init__.py").read_text(encoding="utf-8")
        match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
        if match is None:
            raise RuntimeError("__version__ not found in bawaslu_rules/__init__.py")
        metadata["version"] = match.group(1)


class PackageFromSourceTree(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the bawaslu_rules package (and, for the sdist, its tests) file by file."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        package = _package_dir(self.root)
        if self.target_name == "wheel" and version == "standard":
            for path in _files(package, SHIPPED_SUFFIXES):
                rel = path.relative_to(package).as_posix()
                build_data["force_include"][str(path)] = f"bawaslu_rules/{rel}"
        elif self.target_name == "sdist":
            for path in _files(package, SHIPPED_SUFFIXES):
                rel = path.relative_to(package).as_posix()
                build_data["force_include"][str(path)] = f"src/bawaslu_rules/{rel}"
            tests = package.parent.parent / "tests" / "rules"
            for path in _files(tests, TEST_SUFFIXES) if tests.is_dir() else []:
                rel = path.relative_to(tests).as_posix()
                build_data["force_include"][str(path)] = f"tests/rules/{rel}"
