from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.public_report_in_violation_type_type_0 import PublicReportInViolationTypeType0
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.evidence_in import EvidenceIn
  from ..models.incident_in import IncidentIn
  from ..models.reported_party_in import ReportedPartyIn
  from ..models.reporter_in import ReporterIn
  from ..models.witness_in import WitnessIn





T = TypeVar("T", bound="PublicReportIn")



@_attrs_define
class PublicReportIn:
    """ A report filed online by a citizen, candidate or monitor, without an account.

        Attributes:
            election (str):
            office (str): Office of the place where it happened (e.g. 52.03).
            reporter (ReporterIn):
            reported_parties (list[ReportedPartyIn]):
            incident (IncidentIn):
            known_on (datetime.date):
            description (str):
            witnesses (list[WitnessIn] | Unset):
            violation_type (None | PublicReportInViolationTypeType0 | Unset):
            evidence (list[EvidenceIn] | Unset):
            subjects (list[str] | Unset): Optional: what the violation is about, as the reporter sees it (codes of `GET
                /v1/rules/classification`; unknown: 422 naming `subjects.i`). The office may reclassify it. The election stage
                is derived from `incident.date`.
     """

    election: str
    office: str
    reporter: ReporterIn
    reported_parties: list[ReportedPartyIn]
    incident: IncidentIn
    known_on: datetime.date
    description: str
    witnesses: list[WitnessIn] | Unset = UNSET
    violation_type: None | PublicReportInViolationTypeType0 | Unset = UNSET
    evidence: list[EvidenceIn] | Unset = UNSET
    subjects: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        from ..models.reporter_in import ReporterIn # noqa: PLC0415
        from ..models.witness_in import WitnessIn # noqa: PLC0415
        election = self.election

        office = self.office

        reporter = self.reporter.to_dict()

        reported_parties = []
        for reported_parties_item_data in self.reported_parties:
            reported_parties_item = reported_parties_item_data.to_dict()
            reported_parties.append(reported_parties_item)



        incident = self.incident.to_dict()

        known_on = self.known_on.isoformat()

        description = self.description

        witnesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.witnesses, Unset):
            witnesses = []
            for witnesses_item_data in self.witnesses:
                witnesses_item = witnesses_item_data.to_dict()
                witnesses.append(witnesses_item)



        violation_type: None | str | Unset
        if isinstance(self.violation_type, Unset):
            violation_type = UNSET
        elif isinstance(self.violation_type, PublicReportInViolationTypeType0):
            violation_type = self.violation_type.value
        else:
            violation_type = self.violation_type

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "election": election,
            "office": office,
            "reporter": reporter,
            "reported_parties": reported_parties,
            "incident": incident,
            "known_on": known_on,
            "description": description,
        })
        if witnesses is not UNSET:
            field_dict["witnesses"] = witnesses
        if violation_type is not UNSET:
            field_dict["violation_type"] = violation_type
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        from ..models.reporter_in import ReporterIn # noqa: PLC0415
        from ..models.witness_in import WitnessIn # noqa: PLC0415
        d = dict(src_dict)
        election = d.pop("election")

        office = d.pop("office")

        reporter = ReporterIn.from_dict(d.pop("reporter"))




        reported_parties = []
        _reported_parties = d.pop("reported_parties")
        for reported_parties_item_data in (_reported_parties):
            reported_parties_item = ReportedPartyIn.from_dict(reported_parties_item_data)



            reported_parties.append(reported_parties_item)


        incident = IncidentIn.from_dict(d.pop("incident"))




        known_on = datetime.date.fromisoformat(d.pop("known_on"))




        description = d.pop("description")

        _witnesses = d.pop("witnesses", UNSET)
        witnesses: list[WitnessIn] | Unset = UNSET
        if _witnesses is not UNSET:
            witnesses = []
            for witnesses_item_data in _witnesses:
                witnesses_item = WitnessIn.from_dict(witnesses_item_data)



                witnesses.append(witnesses_item)


        def _parse_violation_type(data: object) -> None | PublicReportInViolationTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                violation_type_type_0 = PublicReportInViolationTypeType0(data)



                return violation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicReportInViolationTypeType0 | Unset, data)

        violation_type = _parse_violation_type(d.pop("violation_type", UNSET))


        _evidence = d.pop("evidence", UNSET)
        evidence: list[EvidenceIn] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EvidenceIn.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        subjects = cast(list[str], d.pop("subjects", UNSET))


        public_report_in = cls(
            election=election,
            office=office,
            reporter=reporter,
            reported_parties=reported_parties,
            incident=incident,
            known_on=known_on,
            description=description,
            witnesses=witnesses,
            violation_type=violation_type,
            evidence=evidence,
            subjects=subjects,
        )

        return public_report_in

