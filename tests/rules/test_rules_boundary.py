"""The package boundary: no service or web imports, no clock, holidays only lazily."""

from __future__ import annotations

import ast
from pathlib import Path

import bawaslu_rules

PACKAGE = Path(bawaslu_rules.__file__).parent
FORBIDDEN = {"bawaslu_api", "fastapi", "sqlalchemy", "pydantic", "starlette", "requests"}
CLOCK = ("date.today", "datetime.now", "datetime.utcnow", "time.time", "time.monotonic")


def modules() -> list[Path]:
    found = sorted(PACKAGE.rglob("*.py"))
    assert len(found) >= 10
    return found


def test_no_forbidden_imports_and_holidays_only_inside_functions() -> None:
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path.name} imports {name}"
        for node in tree.body:  # module level
            if isinstance(node, ast.Import):
                assert all(a.name.split(".")[0] != "holidays" for a in node.names), path.name
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] != "holidays", path.name


def test_nothing_reads_the_clock() -> None:
    for path in modules():
        text = path.read_text(encoding="utf-8")
        for call in CLOCK:
            assert f"{call}(" not in text, f"{path.name} calls {call}()"


def test_package_data_and_marker_ship() -> None:
    assert (PACKAGE / "py.typed").is_file()
    assert (PACKAGE / "data" / "holidays-id.csv").is_file()


def test_version() -> None:
    assert bawaslu_rules.__version__ == "1.3.0"
    assert set(bawaslu_rules.__all__) <= set(dir(bawaslu_rules))
