"""Machine-checked conventions (architecture.md "Rules that keep it honest")."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_rules_package_imports_nothing_from_the_service_or_frameworks() -> None:
    forbidden = ("bawaslu_api", "fastapi", "starlette", "sqlalchemy", "pydantic", "asyncpg")
    for path in (SRC / "bawaslu_rules").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(forbidden), f"{path} imports {name}"


def test_rules_package_never_reads_the_clock() -> None:
    for path in (SRC / "bawaslu_rules").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for call in ("date.today(", "datetime.now(", "datetime.utcnow(", "time.time("):
            assert call not in text, f"{path} calls {call}"


def test_only_the_unit_of_work_commits() -> None:
    for path in (SRC / "bawaslu_api").rglob("*.py"):
        if path.name == "uow.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert "session.commit(" not in text, f"{path} commits; services only flush()"


def test_jose_is_imported_in_exactly_one_module() -> None:
    importers = [
        path
        for path in (SRC / "bawaslu_api").rglob("*.py")
        if any(name == "jose" or name.startswith("jose.") for name in _imports(path))
    ]
    assert [p.relative_to(SRC).as_posix() for p in importers] == ["bawaslu_api/security/tokens.py"]
