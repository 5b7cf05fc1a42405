"""The official forms as data (docs/legal/procedure.md §2): every form cited, with its
data class; codes or fields not read in the annex are marked unverified; the forms the
clarification rules name are in the registry."""

from __future__ import annotations

import pytest

from bawaslu_rules import DOCUMENT_KINDS, FORMS, Confidence, RulesError, form, form_of, forms
from bawaslu_rules.clarification import clarification_rules


def test_every_form_is_cited_and_classified() -> None:
    assert len({(f.regime, f.code) for f in FORMS}) == len(FORMS)
    for f in FORMS:
        assert f.basis, f.code
        assert f.data_class, f.code
        assert f.signers, f.code
        assert f.fields, f.code


def test_the_clarification_minutes_are_personal_and_confidential() -> None:
    """Perbawaslu 7/2022 Art. 30(3): Form B.12 records questions and answers."""
    minutes = form("pemilu", "B.12")
    assert minutes.data_class == ("personal", "confidential")
    assert minutes.confidence is Confidence.HIGH
    assert minutes.verified


def test_unread_codes_are_marked_so() -> None:
    """The Pilkada report form's code A.1 is assumed (a 2020 official said B.1); the
    invitation B.9's fields were not read."""
    assert not form("pemilihan", "A.1").verified
    assert not form("pemilu", "B.9").verified
    assert [f.code for f in forms("pemilihan")][:2] == ["A.1", "A.2"]
    own = [f for f in FORMS if f.code.startswith("BWS-")]
    assert own
    assert all(not f.verified for f in own)


def test_every_regime_has_one_form_per_document() -> None:
    """The documents the service issues exist in both regimes (hearings: Pemilu only)."""
    for regime in ("pemilu", "pemilihan"):
        kinds = [f.kind for f in forms(regime)]
        assert len(kinds) == len(set(kinds)), regime
        expected = set(DOCUMENT_KINDS) - (
            {"hearing_minutes", "hearing_transcript"} if regime == "pemilihan" else set()
        )
        assert set(kinds) == expected, regime
    assert form_of("pemilu", "report_form").code == "B.1"
    assert form_of("pemilihan", "forward_dkpp").code == "A.13"
    with pytest.raises(RulesError, match="known: report_form"):
        form_of("pemilihan", "hearing_minutes")


def test_the_announcement_is_the_only_public_document() -> None:
    """docs/legal/procedure.md §3: the notice board carries no personal data."""
    public = {f.kind for f in FORMS if "public" in f.data_class}
    assert public == {"announcement"}
    assert all(f.data_class == ("public",) for f in FORMS if f.kind == "announcement")


def test_the_clarification_rules_name_registered_forms() -> None:
    rules = clarification_rules("pemilu")
    for code in (rules.invitation_form, rules.oath_form, rules.expert_oath_form,
                 rules.minutes_form):  # fmt: skip
        assert code is not None
        assert form("pemilu", code).code == code


def test_an_unknown_form_names_the_known_ones() -> None:
    with pytest.raises(RulesError, match=r"known: A\.1, A\.2, BWS-UK"):
        form("pemilihan", "A.99")
