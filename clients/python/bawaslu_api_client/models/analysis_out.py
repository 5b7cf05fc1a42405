from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.analysis_status import AnalysisStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.evidence_ref_out import EvidenceRefOut
  from ..models.party_out import PartyOut
  from ..models.recommendation_out import RecommendationOut





T = TypeVar("T", bound="AnalysisOut")



@_attrs_define
class AnalysisOut:
    """ 
        Attributes:
            id (UUID):
            report_id (UUID):
            number (int): 1 for the first version; each supersession adds one.
            revision (int): The ETag of this version (`If-Match` of its actions).
            status (AnalysisStatus):
            summary (str):
            parties (list[PartyOut]):
            evidence (list[EvidenceRefOut]):
            facts_and_analysis (str):
            conclusion (str):
            recommendation (None | RecommendationOut):
            written_by (str):
            updated_by (str):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            finalized_by (None | str):
            finalized_at (datetime.datetime | None):
            approved_by (None | str):
            approved_at (datetime.datetime | None):
            supersedes_id (None | UUID):
            superseded_by (None | str):
            superseded_at (datetime.datetime | None):
            supersede_reason (None | str):
     """

    id: UUID
    report_id: UUID
    number: int
    revision: int
    status: AnalysisStatus
    summary: str
    parties: list[PartyOut]
    evidence: list[EvidenceRefOut]
    facts_and_analysis: str
    conclusion: str
    recommendation: None | RecommendationOut
    written_by: str
    updated_by: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    finalized_by: None | str
    finalized_at: datetime.datetime | None
    approved_by: None | str
    approved_at: datetime.datetime | None
    supersedes_id: None | UUID
    superseded_by: None | str
    superseded_at: datetime.datetime | None
    supersede_reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_ref_out import EvidenceRefOut # noqa: PLC0415
        from ..models.party_out import PartyOut # noqa: PLC0415
        from ..models.recommendation_out import RecommendationOut # noqa: PLC0415
        id = str(self.id)

        report_id = str(self.report_id)

        number = self.number

        revision = self.revision

        status = self.status.value

        summary = self.summary

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)



        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)



        facts_and_analysis = self.facts_and_analysis

        conclusion = self.conclusion

        recommendation: dict[str, Any] | None
        if isinstance(self.recommendation, RecommendationOut):
            recommendation = self.recommendation.to_dict()
        else:
            recommendation = self.recommendation

        written_by = self.written_by

        updated_by = self.updated_by

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        finalized_by: None | str
        finalized_by = self.finalized_by

        finalized_at: None | str
        if isinstance(self.finalized_at, datetime.datetime):
            finalized_at = self.finalized_at.isoformat()
        else:
            finalized_at = self.finalized_at

        approved_by: None | str
        approved_by = self.approved_by

        approved_at: None | str
        if isinstance(self.approved_at, datetime.datetime):
            approved_at = self.approved_at.isoformat()
        else:
            approved_at = self.approved_at

        supersedes_id: None | str
        if isinstance(self.supersedes_id, UUID):
            supersedes_id = str(self.supersedes_id)
        else:
            supersedes_id = self.supersedes_id

        superseded_by: None | str
        superseded_by = self.superseded_by

        superseded_at: None | str
        if isinstance(self.superseded_at, datetime.datetime):
            superseded_at = self.superseded_at.isoformat()
        else:
            superseded_at = self.superseded_at

        supersede_reason: None | str
        supersede_reason = self.supersede_reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "number": number,
            "revision": revision,
            "status": status,
            "summary": summary,
            "parties": parties,
            "evidence": evidence,
            "facts_and_analysis": facts_and_analysis,
            "conclusion": conclusion,
            "recommendation": recommendation,
            "written_by": written_by,
            "updated_by": updated_by,
            "created_at": created_at,
            "updated_at": updated_at,
            "finalized_by": finalized_by,
            "finalized_at": finalized_at,
            "approved_by": approved_by,
            "approved_at": approved_at,
            "supersedes_id": supersedes_id,
            "superseded_by": superseded_by,
            "superseded_at": superseded_at,
            "supersede_reason": supersede_reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_ref_out import EvidenceRefOut # noqa: PLC0415
        from ..models.party_out import PartyOut # noqa: PLC0415
        from ..models.recommendation_out import RecommendationOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        number = d.pop("number")

        revision = d.pop("revision")

        status = AnalysisStatus(d.pop("status"))




        summary = d.pop("summary")

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in (_parties):
            parties_item = PartyOut.from_dict(parties_item_data)



            parties.append(parties_item)


        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in (_evidence):
            evidence_item = EvidenceRefOut.from_dict(evidence_item_data)



            evidence.append(evidence_item)


        facts_and_analysis = d.pop("facts_and_analysis")

        conclusion = d.pop("conclusion")

        def _parse_recommendation(data: object) -> None | RecommendationOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recommendation_type_0 = RecommendationOut.from_dict(data)



                return recommendation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RecommendationOut, data)

        recommendation = _parse_recommendation(d.pop("recommendation"))


        written_by = d.pop("written_by")

        updated_by = d.pop("updated_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))




        def _parse_finalized_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        finalized_by = _parse_finalized_by(d.pop("finalized_by"))


        def _parse_finalized_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finalized_at_type_0 = datetime.datetime.fromisoformat(data)



                return finalized_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finalized_at = _parse_finalized_at(d.pop("finalized_at"))


        def _parse_approved_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        approved_by = _parse_approved_by(d.pop("approved_by"))


        def _parse_approved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approved_at_type_0 = datetime.datetime.fromisoformat(data)



                return approved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        approved_at = _parse_approved_at(d.pop("approved_at"))


        def _parse_supersedes_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supersedes_id_type_0 = UUID(data)



                return supersedes_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        supersedes_id = _parse_supersedes_id(d.pop("supersedes_id"))


        def _parse_superseded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        superseded_by = _parse_superseded_by(d.pop("superseded_by"))


        def _parse_superseded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_at_type_0 = datetime.datetime.fromisoformat(data)



                return superseded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        superseded_at = _parse_superseded_at(d.pop("superseded_at"))


        def _parse_supersede_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        supersede_reason = _parse_supersede_reason(d.pop("supersede_reason"))


        analysis_out = cls(
            id=id,
            report_id=report_id,
            number=number,
            revision=revision,
            status=status,
            summary=summary,
            parties=parties,
            evidence=evidence,
            facts_and_analysis=facts_and_analysis,
            conclusion=conclusion,
            recommendation=recommendation,
            written_by=written_by,
            updated_by=updated_by,
            created_at=created_at,
            updated_at=updated_at,
            finalized_by=finalized_by,
            finalized_at=finalized_at,
            approved_by=approved_by,
            approved_at=approved_at,
            supersedes_id=supersedes_id,
            superseded_by=superseded_by,
            superseded_at=superseded_at,
            supersede_reason=supersede_reason,
        )


        analysis_out.additional_properties = d
        return analysis_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
