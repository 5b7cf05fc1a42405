"""Sentra Gakkumdu as data (docs/legal/procedure.md §1.3): the order of the discussions,
the members, the dossier of Perbawaslu 3/2023 Art. 27, which cases."""

from __future__ import annotations

import pytest

from bawaslu_rules import POLICIES, Confidence, PolicySet, get_ruleset
from bawaslu_rules.gakkumdu import (
    DISCUSSIONS,
    DOSSIER,
    DOSSIER_BASIS,
    discussion_refusal,
    is_gakkumdu_case,
    missing_institutions,
)


def test_the_second_discussion_follows_the_first() -> None:
    assert discussion_refusal(1, status="registered", held={}, third_discussion=False) is None
    kind, why = discussion_refusal(2, status="registered", held={}, third_discussion=False) or (
        "",
        "",
    )
    assert kind == "order"
    assert "follows discussion 1" in why
    ok = discussion_refusal(
        2, status="registered", held={1: "crime_indicated"}, third_discussion=False
    )
    assert ok is None


def test_a_discussion_that_stops_ends_the_handling_and_none_is_held_twice() -> None:
    ended = discussion_refusal(
        2, status="registered", held={1: "not_indicated"}, third_discussion=False
    )
    assert ended is not None
    assert ended[0] == "order"
    twice = discussion_refusal(
        1, status="registered", held={1: "crime_indicated"}, third_discussion=False
    )
    assert twice == ("order", "discussion 1 was already held")


def test_the_third_discussion_is_low_and_only_by_policy() -> None:
    """2019 practice, not used in 2024: LOW, a named policy defaulting to false."""
    assert DISCUSSIONS[3].confidence is Confidence.LOW
    held = {1: "crime_indicated", 2: "forward_to_investigation"}
    refused = discussion_refusal(3, status="forwarded", held=held, third_discussion=False)
    assert refused is not None
    assert "gakkumdu.third_discussion" in refused[1]
    assert discussion_refusal(3, status="forwarded", held=held, third_discussion=True) is None
    assert discussion_refusal(3, status="registered", held=held, third_discussion=True) == (
        "status",
        "discussion 3 is held in status forwarded, not registered",
    )
    policy = POLICIES["gakkumdu.third_discussion"]
    assert (policy.default, policy.confidence) == (False, Confidence.LOW)
    rs = get_ruleset("pemilu", policies=PolicySet.from_dict({"gakkumdu.third_discussion": True}))
    assert rs.policies.gakkumdu_third_discussion is True
    assert rs.policy_overrides["gakkumdu.third_discussion"] is True
    assert get_ruleset("pemilu").policies.gakkumdu_third_discussion is False


def test_members_and_cases() -> None:
    """Perbawaslu 3/2023 Art. 1(2): Bawaslu, police, prosecutors; crimes only."""
    assert missing_institutions({"bawaslu", "police"}) == ("prosecutor",)
    assert is_gakkumdu_case("criminal", None)
    assert is_gakkumdu_case(None, "crime")
    assert not is_gakkumdu_case("administrative", "administrative")


@pytest.mark.parametrize("number", [1, 2, 3])
def test_each_discussion_is_cited(number: int) -> None:
    stage = DISCUSSIONS[number]
    assert "docs/legal/procedure.md §1.3" in stage.basis
    assert stage.continues in stage.conclusions
    assert stage.to_dict()["number"] == number


def test_the_dossier_is_the_article_27_list() -> None:
    assert DOSSIER_BASIS.startswith("Perbawaslu 3/2023 Art. 27")
    assert len(DOSSIER) == 14
    assert len({i.code for i in DOSSIER}) == 14
    assert DOSSIER[0].code == "cover_letter"
    assert DOSSIER[-1].code == "inquiry_admin"
