"""What each level may do with a report (docs/legal/rules.md §6, docs/legal/procedure.md
§4): permanent offices handle a case whole; a Panwaslu Kecamatan handles its cases
(MED); a Panwaslu Kelurahan/Desa receives and passes reports up (receiving: UU 7/2017
Art. 454(1), UU 1/2015 Art. 134(1); the rest not found, LOW)."""

from __future__ import annotations

import pytest

from bawaslu_rules import LEVEL_POWERS, POWERS, Confidence, RulesError, level_powers, may

LEVELS = (
    "national", "province", "regency", "city", "overseas", "district", "village",
    "polling_station",
)  # fmt: skip


@pytest.mark.parametrize("regime", ["pemilu", "pemilihan"])
@pytest.mark.parametrize("level", LEVELS)
def test_every_level_receives_and_is_cited(regime: str, level: str) -> None:
    powers = level_powers(regime, level)
    assert powers.receive
    assert powers.basis
    assert powers.to_dict()["confidence"] in ("HIGH", "MED", "LOW")


@pytest.mark.parametrize("regime", ["pemilu", "pemilihan"])
def test_a_village_supervisor_receives_and_passes_up(regime: str) -> None:
    powers = level_powers(regime, "village")
    assert [p for p in POWERS if powers.may(p)] == ["receive"]
    assert powers.forwards_to == "district"
    assert powers.confidence is Confidence.LOW
    tps = level_powers(regime, "polling_station")
    assert [p for p in POWERS if tps.may(p)] == ["receive"]
    assert tps.forwards_to == "village"


def test_kecamatan_registers_and_decides_with_med_confidence() -> None:
    """Pemilu: Perbawaslu 7/2022 Art. 20(3) presumes the kecamatan's initial review; the
    Pujud (Pilkada 2024) register number shows a kecamatan registering."""
    for regime in ("pemilu", "pemilihan"):
        assert may(regime, "district", "register")
        assert may(regime, "district", "decide")
        assert level_powers(regime, "district").confidence is Confidence.MED
    assert "461(2)" in level_powers("pemilu", "district").basis


def test_unknown_pairs_and_powers_are_errors() -> None:
    assert len(LEVEL_POWERS) == 16
    with pytest.raises(RulesError, match="no powers known"):
        level_powers("pemilu", "tps")
    with pytest.raises(RulesError, match="unknown power"):
        may("pemilu", "national", "sentence")
