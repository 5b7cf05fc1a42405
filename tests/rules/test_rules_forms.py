"""The official forms as data (docs/legal/procedure.md §2): every form cited, with its
data class; codes or fields not read in the annex are marked unverified; the forms the
clarification rules name are in the registry."""

from __future__ import annotations

import pytest

from bawaslu_rules import FORMS, Confidence, RulesError, form, forms
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
    assert [f.code for f in forms("pemilihan")] == ["A.1", "A.2", "A.13"]


def test_the_clarification_rules_name_registered_forms() -> None:
    rules = clarification_rules("pemilu")
    for code in (rules.invitation_form, rules.oath_form, rules.expert_oath_form,
                 rules.minutes_form):  # fmt: skip
        assert code is not None
        assert form("pemilu", code).code == code


def test_an_unknown_form_names_the_known_ones() -> None:
    with pytest.raises(RulesError, match=r"known: A\.1, A\.2, A\.13"):
        form("pemilihan", "A.99")
