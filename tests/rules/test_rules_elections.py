"""Election calendars as data (docs/legal/rules.md §8, MED: verify before relying on
them), and the citation of every rule, requirement, transition and policy."""

from __future__ import annotations

from datetime import date

import pytest

from bawaslu_rules import (
    CANDIDATES_SET_STAGES,
    CODES,
    ELECTIONS,
    POLICIES,
    RECEPTION_24H_STAGES,
    RULESETS,
    TRANSITIONS,
    Confidence,
    DateWindow,
    ElectionStages,
    Policies,
    UnknownElectionError,
    election,
    election_covering,
    reception_windows,
    stages_from_windows,
)

D = date

# The stage windows the service seeds today (src/bawaslu_api/elections/reference.py).
SEEDED = {
    "pemilu-2024": [
        ("candidate_list_set", D(2023, 11, 3), D(2023, 11, 3), "final candidate lists (DCT)"),
        ("candidate_pairs_set", D(2023, 11, 13), D(2023, 11, 13), "presidential pairs"),
        ("campaign", D(2023, 11, 28), D(2024, 2, 10), ""),
        ("quiet_period", D(2024, 2, 11), D(2024, 2, 13), ""),
        ("voting", D(2024, 2, 14), D(2024, 2, 14), "national holiday, Keppres 10/2024"),
        ("recapitulation", D(2024, 2, 15), D(2024, 3, 20), ""),
        ("national_result", D(2024, 3, 20), D(2024, 3, 20), ""),
    ],
    "pilkada-2024": [
        ("candidate_pairs_set", D(2024, 9, 22), D(2024, 9, 22), ""),
        ("campaign", D(2024, 9, 25), D(2024, 11, 23), ""),
        ("quiet_period", D(2024, 11, 24), D(2024, 11, 26), ""),
        ("voting", D(2024, 11, 27), D(2024, 11, 27), "national holiday, Keppres 33/2024"),
        ("recapitulation", D(2024, 11, 27), D(2024, 12, 16), None),
    ],
}


def test_exactly_the_two_elections_of_section_8() -> None:
    assert list(ELECTIONS) == ["pemilu-2024", "pilkada-2024"]
    assert ELECTIONS["pemilu-2024"].regime == "pemilu"
    assert ELECTIONS["pilkada-2024"].regime == "pemilihan"
    assert ELECTIONS["pemilu-2024"].voting_day == D(2024, 2, 14)
    assert ELECTIONS["pilkada-2024"].voting_day == D(2024, 11, 27)


@pytest.mark.parametrize("slug", list(SEEDED))
def test_stage_windows_match_the_service_seed(slug: str) -> None:
    cal = election(slug)
    got = [(w.stage, w.start, w.end, w.note) for w in cal.stages]
    want = SEEDED[slug]
    assert [g[:3] for g in got] == [w[:3] for w in want]
    for g, w in zip(got, want, strict=True):
        if w[3] is not None:
            assert g[3] == w[3]
    assert cal.confidence is Confidence.MED
    assert "verify before relying on them" in cal.source
    assert all(w.source for w in cal.stages)
    assert ("PKPU 3/2022" if slug == "pemilu-2024" else "PKPU 2/2024") in cal.source
    assert ("Keppres 10/2024" if slug == "pemilu-2024" else "Keppres 33/2024") in cal.source


def test_stages_is_a_tuple_and_callable() -> None:
    cal = election("pemilu-2024")
    assert isinstance(cal.stages, tuple)
    assert len(cal.stages) == 7
    assert cal.stages() == stages_from_windows(
        [(w.stage, w.start, w.end) for w in cal.stages], voting_day=cal.voting_day
    )
    assert cal.stages().candidates_set_on == D(2023, 11, 3)
    out = cal.to_dict()
    assert out["slug"] == "pemilu-2024"
    assert out["first_day"] == "2023-11-03"
    assert out["last_day"] == "2024-03-20"
    assert out["stages"][4] == {"stage": "voting", "start": "2024-02-14", "end": "2024-02-14",
                                "note": "national holiday, Keppres 10/2024",
                                "source": out["stages"][4]["source"]}  # fmt: skip


@pytest.mark.parametrize(
    ("regime", "on", "slug"),
    [
        ("pemilu", D(2023, 11, 2), None),
        ("pemilu", D(2023, 11, 3), "pemilu-2024"),
        ("pemilu", D(2024, 3, 20), "pemilu-2024"),
        ("pemilu", D(2024, 3, 21), None),
        ("pemilu", D(2024, 11, 26), None),  # a Pilkada date is not a pemilu election
        ("pemilihan", D(2024, 9, 21), None),
        ("pemilihan", D(2024, 11, 26), "pilkada-2024"),
        ("pemilihan", D(2024, 12, 16), "pilkada-2024"),
        ("pemilihan", D(2024, 2, 13), None),
    ],
)
def test_election_covering(regime: str, on: date, slug: str | None) -> None:
    found = election_covering(regime, on)
    assert (found.slug if found else None) == slug


def test_unknown_election_lists_the_known_slugs() -> None:
    with pytest.raises(UnknownElectionError, match="pemilu-2024, pilkada-2024"):
        election("pilkada-2029")


def test_reception_windows() -> None:
    """docs/legal/rules.md §2: quiet period, voting, voting day; plus counting days by
    policy; none when 24-hour reception is off (policy pemilihan.reception_24h)."""
    stages = election("pilkada-2024").stages()
    quiet = DateWindow(D(2024, 11, 24), D(2024, 11, 26), "quiet_period")
    voting = DateWindow(D(2024, 11, 27), D(2024, 11, 27), "voting")
    day = DateWindow(D(2024, 11, 27), D(2024, 11, 27), "voting day")
    assert reception_windows(stages, Policies()) == (quiet, voting, day)
    two = reception_windows(stages, Policies(reception_24h_days_after_voting=2))
    assert two[-1].start == D(2024, 11, 28)
    assert two[-1].end == D(2024, 11, 29)
    assert reception_windows(stages, Policies(reception_24h=False)) == ()
    assert reception_windows(ElectionStages(), Policies()) == ()


def test_every_rule_requirement_transition_and_policy_is_cited() -> None:
    """Every Rule, WindowRule, Code, Transition, StageRule, PolicyDef and election carries a
    non-empty citation and a confidence (the issue: "every deadline and requirement in
    bawaslu_rules carries its citation")."""
    for group in RULESETS.values():
        for rs in group:
            assert rs.effective_note.strip()
            assert "policy effective_from" in rs.effective_note
            assert rs.reception_24h_basis.strip(), rs.id
            for rule in rs.rules.values():
                assert rule.basis.strip(), (rs.id, rule.id)
                assert isinstance(rule.confidence, Confidence)
            for window in rs.windows.values():
                assert window.basis.strip()
                assert isinstance(window.confidence, Confidence)
    for code, info in CODES.items():
        assert info.basis.strip(), code
        assert isinstance(info.confidence, Confidence), code
    for action, t in TRANSITIONS.items():
        assert t.basis.strip(), action
        assert isinstance(t.confidence, Confidence), action
    for stage_rule in (RECEPTION_24H_STAGES, CANDIDATES_SET_STAGES):
        assert stage_rule.basis.strip()
    for d in POLICIES.values():
        assert d.basis.strip(), d.name
        assert isinstance(d.confidence, Confidence), d.name
    for cal in ELECTIONS.values():
        assert cal.source.strip()
        assert all(w.source.strip() for w in cal.stages)


def test_citations_stay_inside_the_repository() -> None:
    """Nothing cites the developers' external spec: "docs/legal/rules.md §n" instead."""
    texts = [r.basis for g in RULESETS.values() for rs in g for r in rs.rules.values()]
    texts += [rs.effective_note for g in RULESETS.values() for rs in g]
    texts += [i.basis for i in CODES.values()] + [t.basis for t in TRANSITIONS.values()]
    texts += [d.basis + d.note for d in POLICIES.values()]
    texts += [RECEPTION_24H_STAGES.basis, CANDIDATES_SET_STAGES.basis]
    for text in texts:
        assert "docs/legal/rules.md §" not in text.replace("docs/legal/rules.md §", ""), text
        assert "/work/" not in text, text
        assert "shared" not in text, text
