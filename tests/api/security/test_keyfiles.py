"""Key files generated on first use: one process writes, the others read what it wrote,
never an empty file (the stats rounding key, the rate-limit key, the webhook sealing key and
the data keys all come from here)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bawaslu_api.security.keyfiles import file_text, key_material


def test_a_reader_waits_for_the_writer_of_a_file_just_created(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    path.touch(mode=0o600)  # created by another process, not yet written
    writer = threading.Timer(0.05, lambda: path.write_text("c2VjcmV0\n"))
    writer.start()
    try:
        assert key_material(None, path) == b"c2VjcmV0"
    finally:
        writer.join()


def test_the_first_caller_writes_the_file_and_every_later_one_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "k.key"
    first = file_text(path, lambda: "one\n")
    assert file_text(path, lambda: "two\n") == first == "one\n"
    assert path.stat().st_mode & 0o777 == 0o600


def test_a_file_left_empty_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "k.key"
    path.touch()
    with pytest.raises(ValueError, match="holds no key"):
        file_text(path, lambda: "unused\n")
