"""Build hook: put ../../src/bawaslu_rules into the regular wheel, file by file.

Only the regular (``standard``) wheel gets the files. The editable wheel gets nothing from
this hook: ``dev-mode-dirs`` puts ../../src on sys.path instead, so a
``pip install -e packaging/bawaslu-rules`` runs the source tree itself.

Files are listed one by one (not a directory-level ``force-include``) so that only the
package's own files ship: Python modules, ``py.typed`` and ``data/`` (CSV and its README),
never ``__pycache__`` or whatever else lies on the builder's disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SHIPPED_SUFFIXES = {".py", ".typed", ".csv", ".md"}


class PackageFromSourceTree(BuildHookInterface):  # type: ignore[type-arg]
    """Adds the bawaslu_rules package from the service's source tree."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version != "standard":
            return
        package = (Path(self.root) / "../../src/bawaslu_rules").resolve()
        if not (package / "__init__.py").is_file():
            raise RuntimeError(f"bawaslu_rules not found at {package}")
        for path in sorted(package.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if path.suffix not in SHIPPED_SUFFIXES:
                continue
            rel = path.relative_to(package).as_posix()
            build_data["force_include"][str(path)] = f"bawaslu_rules/{rel}"
