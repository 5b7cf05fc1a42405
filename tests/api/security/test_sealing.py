"""The sealing primitive (security/sealing.py): AES-256-GCM under a key ring, bound to a
place, with a keyed hash for exact lookups."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from pydantic import SecretStr

from bawaslu_api.security import sealing
from bawaslu_api.settings import Settings

HERE = sealing.place("report_identity", "phone", "row-1")


def _key() -> bytes:
    return sealing.parse_key(sealing.new_key())


def test_a_sealed_value_opens_only_where_it_was_sealed() -> None:
    ring = sealing.KeyRing([_key()])
    stored = ring.seal("081234567890", HERE)
    assert stored.startswith(f"s1.{ring.current.kid}.")
    assert "0812" not in stored
    assert ring.seal("081234567890", HERE) != stored  # a fresh nonce each time
    assert ring.unseal(stored, HERE) == "081234567890"
    for elsewhere in (
        sealing.place("report_identity", "phone", "row-2"),
        sealing.place("report_identity", "email", "row-1"),
        sealing.place("case_person", "phone", "row-1"),
    ):
        with pytest.raises(sealing.Unreadable):
            ring.unseal(stored, elsewhere)
    tampered = stored[:-4] + ("AAAA" if not stored.endswith("AAAA") else "BBBB")
    with pytest.raises(sealing.Unreadable):
        ring.unseal(tampered, HERE)
    with pytest.raises(sealing.Unreadable):
        ring.unseal("081234567890", HERE)  # clear text is not accepted as sealed
    assert ring.seal("", HERE) == ""
    assert ring.unseal("", HERE) == ""


def test_the_first_key_seals_and_every_key_opens() -> None:
    old, new = _key(), _key()
    before = sealing.KeyRing([old]).seal("rahasia", HERE)
    ring = sealing.KeyRing([new, old])
    assert ring.unseal(before, HERE) == "rahasia"
    assert sealing.kid_of(ring.seal("rahasia", HERE)) == ring.current.kid != ring.kids[1]
    with pytest.raises(sealing.Unreadable, match="not among the data keys"):
        sealing.KeyRing([new]).unseal(before, HERE)


def test_the_blind_index_is_keyed_and_every_key_is_tried() -> None:
    old, new = _key(), _key()
    ring = sealing.KeyRing([new, old])
    nik = "5203014708900001"
    assert ring.index(nik) == ring.index(nik) == sealing.KeyRing([new]).index(nik)
    assert ring.index(nik) != sealing.KeyRing([old]).index(nik)
    assert ring.indexes(nik) == [ring.index(nik), sealing.KeyRing([old]).index(nik)]
    assert nik not in ring.index(nik)


@pytest.mark.parametrize("bad", ["change-me", "", "c2hvcnQ=", "!!!"])
def test_a_key_that_is_not_32_random_bytes_is_refused(bad: str) -> None:
    with pytest.raises(sealing.BadKey):
        sealing.parse_key(bad)


def test_without_the_setting_a_key_file_is_made_once(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, data_keys=None)
    first = sealing.load_keys(settings)
    path = tmp_path / sealing.KEY_FILE
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sealing.load_keys(settings) == first
    configured = Settings(data_dir=tmp_path, data_keys=SecretStr(f"{sealing.new_key()},"))
    assert len(sealing.load_keys(configured)) == 1


def test_a_key_put_in_the_file_by_a_rotation_is_picked_up(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, data_keys=None)
    source = sealing._Source()
    source.configure(settings)
    old = source.ring()
    before = old.seal("rahasia", HERE)
    new = _key()
    sealing.write_key_file(sealing.key_file(settings), [new, old.current.secret])
    ring = source.reload()
    assert ring.kids == [sealing.key_id(new), old.current.kid]
    assert ring.unseal(before, HERE) == "rahasia"
