"""The import's columns are documented in docs/integrations.md from their single source."""

from __future__ import annotations

from pathlib import Path

from bawaslu_api.imports.columns import COLUMN_NAMES, markdown_table

ROOT = Path(__file__).resolve().parents[3]


def test_the_documented_columns_are_the_templates() -> None:
    docs = (ROOT / "docs" / "integrations.md").read_text(encoding="utf-8")
    assert markdown_table() in docs, (
        "docs/integrations.md lists other import columns than bawaslu_api/imports/columns.py: "
        "paste markdown_table() there"
    )
    assert len(COLUMN_NAMES) > 30
