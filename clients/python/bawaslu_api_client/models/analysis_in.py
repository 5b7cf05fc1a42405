from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.evidence_ref_in import EvidenceRefIn
  from ..models.party_in import PartyIn
  from ..models.recommendation_in import RecommendationIn





T = TypeVar("T", bound="AnalysisIn")



@_attrs_define
class AnalysisIn:
    """ The content of a draft; every field may still be empty or partial in a draft, and
    must be filled to finalise it.

        Attributes:
            summary (str | Unset): Case summary (kasus posisi). Default: ''.
            parties (list[PartyIn] | Unset):
            evidence (list[EvidenceRefIn] | Unset):
            facts_and_analysis (str | Unset):  Default: ''.
            conclusion (str | Unset):  Default: ''.
            recommendation (None | RecommendationIn | Unset):
     """

    summary: str | Unset = ''
    parties: list[PartyIn] | Unset = UNSET
    evidence: list[EvidenceRefIn] | Unset = UNSET
    facts_and_analysis: str | Unset = ''
    conclusion: str | Unset = ''
    recommendation: None | RecommendationIn | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_ref_in import EvidenceRefIn # noqa: PLC0415
        from ..models.party_in import PartyIn # noqa: PLC0415
        from ..models.recommendation_in import RecommendationIn # noqa: PLC0415
        summary = self.summary

        parties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.parties, Unset):
            parties = []
            for parties_item_data in self.parties:
                parties_item = parties_item_data.to_dict()
                parties.append(parties_item)



        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        facts_and_analysis = self.facts_and_analysis

        conclusion = self.conclusion

        recommendation: dict[str, Any] | None | Unset
        if isinstance(self.recommendation, Unset):
            recommendation = UNSET
        elif isinstance(self.recommendation, RecommendationIn):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if summary is not UNSET:
            field_dict["summary"] = summary
        if parties is not UNSET:
            field_dict["parties"] = parties
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if facts_and_analysis is not UNSET:
            field_dict["facts_and_analysis"] = facts_and_analysis
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if recommendation is not UNSET:
            field_dict["recommendation"] = recommendation

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_ref_in import EvidenceRefIn # noqa: PLC0415
        from ..models.party_in import PartyIn # noqa: PLC0415
        from ..models.recommendation_in import RecommendationIn # noqa: PLC0415
        d = dict(src_dict)
        summary = d.pop("summary", UNSET)

        _parties = d.pop("parties", UNSET)
        parties: list[PartyIn] | Unset = UNSET
        if _parties is not UNSET:
            parties = []
            for parties_item_data in _parties:
                parties_item = PartyIn.from_dict(parties_item_data)



                parties.append(parties_item)


        _evidence = d.pop("evidence", UNSET)
        evidence: list[EvidenceRefIn] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EvidenceRefIn.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        facts_and_analysis = d.pop("facts_and_analysis", UNSET)

        conclusion = d.pop("conclusion", UNSET)

        def _parse_recommendation(data: object) -> None | RecommendationIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendation_type_0 = RecommendationIn.from_dict(data)



                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationIn | Unset, data)

        recommendation = _parse_recommendation(d.pop("recommendation", UNSET))


        analysis_in = cls(
            summary=summary,
            parties=parties,
            evidence=evidence,
            facts_and_analysis=facts_and_analysis,
            conclusion=conclusion,
            recommendation=recommendation,
        )

        return analysis_in

