from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.report_create_violation_type_type_0 import ReportCreateViolationTypeType0
from ..models.report_kind import ReportKind
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.evidence_in import EvidenceIn
  from ..models.incident_in import IncidentIn
  from ..models.reported_party_in import ReportedPartyIn
  from ..models.reporter_in import ReporterIn
  from ..models.signature_in import SignatureIn
  from ..models.witness_in import WitnessIn





T = TypeVar("T", bound="ReportCreate")



@_attrs_define
class ReportCreate:
    """ A report (laporan) or finding (temuan) at intake.

        Attributes:
            kind (ReportKind):
            election (str): Election slug, e.g. `pemilu-2024`.
            office (str): Code of the office handling it (inside your jurisdiction).
            channel (Channel | Unset):
            received_at (datetime.datetime | None | Unset): When it was handed in (default: now). Must carry an offset.
            reporter (None | ReporterIn | Unset):
            reported_parties (list[ReportedPartyIn] | Unset):
            witnesses (list[WitnessIn] | Unset):
            incident (IncidentIn | Unset):
            known_on (datetime.date | None | Unset): Date known (report) or discovered (finding).
            description (str | Unset):  Default: ''.
            violation_type (None | ReportCreateViolationTypeType0 | Unset):
            tsm (bool | Unset):  Default: False.
            evidence (list[EvidenceIn] | Unset):
            signature (SignatureIn | Unset):
            subjects (list[str] | Unset): What the violation is about: codes of the regime's taxonomy (`GET
                /v1/rules/classification`), at most 5; duplicates are removed. An unknown code is refused with 422 naming
                `subjects.i`.
            stage (None | str | Unset): The election stage of the incident, set by the officer (a code of `GET
                /v1/rules/classification`; `stage_set_by: officer`, kept when the incident date is corrected). Left out: derived
                from the election's stage calendar and `incident.date` (`stage_set_by: derived`; none outside every window).
     """

    kind: ReportKind
    election: str
    office: str
    channel: Channel | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    reporter: None | ReporterIn | Unset = UNSET
    reported_parties: list[ReportedPartyIn] | Unset = UNSET
    witnesses: list[WitnessIn] | Unset = UNSET
    incident: IncidentIn | Unset = UNSET
    known_on: datetime.date | None | Unset = UNSET
    description: str | Unset = ''
    violation_type: None | ReportCreateViolationTypeType0 | Unset = UNSET
    tsm: bool | Unset = False
    evidence: list[EvidenceIn] | Unset = UNSET
    signature: SignatureIn | Unset = UNSET
    subjects: list[str] | Unset = UNSET
    stage: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        from ..models.reporter_in import ReporterIn # noqa: PLC0415
        from ..models.signature_in import SignatureIn # noqa: PLC0415
        from ..models.witness_in import WitnessIn # noqa: PLC0415
        kind = self.kind.value

        election = self.election

        office = self.office

        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value


        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        reporter: dict[str, Any] | None | Unset
        if isinstance(self.reporter, Unset):
            reporter = UNSET
        elif isinstance(self.reporter, ReporterIn):
            reporter = self.reporter.to_dict()
        else:
            reporter = self.reporter

        reported_parties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.reported_parties, Unset):
            reported_parties = []
            for reported_parties_item_data in self.reported_parties:
                reported_parties_item = reported_parties_item_data.to_dict()
                reported_parties.append(reported_parties_item)



        witnesses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.witnesses, Unset):
            witnesses = []
            for witnesses_item_data in self.witnesses:
                witnesses_item = witnesses_item_data.to_dict()
                witnesses.append(witnesses_item)



        incident: dict[str, Any] | Unset = UNSET
        if not isinstance(self.incident, Unset):
            incident = self.incident.to_dict()

        known_on: None | str | Unset
        if isinstance(self.known_on, Unset):
            known_on = UNSET
        elif isinstance(self.known_on, datetime.date):
            known_on = self.known_on.isoformat()
        else:
            known_on = self.known_on

        description = self.description

        violation_type: None | str | Unset
        if isinstance(self.violation_type, Unset):
            violation_type = UNSET
        elif isinstance(self.violation_type, ReportCreateViolationTypeType0):
            violation_type = self.violation_type.value
        else:
            violation_type = self.violation_type

        tsm = self.tsm

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        signature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.signature, Unset):
            signature = self.signature.to_dict()

        subjects: list[str] | Unset = UNSET
        if not isinstance(self.subjects, Unset):
            subjects = self.subjects



        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
            "election": election,
            "office": office,
        })
        if channel is not UNSET:
            field_dict["channel"] = channel
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if reporter is not UNSET:
            field_dict["reporter"] = reporter
        if reported_parties is not UNSET:
            field_dict["reported_parties"] = reported_parties
        if witnesses is not UNSET:
            field_dict["witnesses"] = witnesses
        if incident is not UNSET:
            field_dict["incident"] = incident
        if known_on is not UNSET:
            field_dict["known_on"] = known_on
        if description is not UNSET:
            field_dict["description"] = description
        if violation_type is not UNSET:
            field_dict["violation_type"] = violation_type
        if tsm is not UNSET:
            field_dict["tsm"] = tsm
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if signature is not UNSET:
            field_dict["signature"] = signature
        if subjects is not UNSET:
            field_dict["subjects"] = subjects
        if stage is not UNSET:
            field_dict["stage"] = stage

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        from ..models.reporter_in import ReporterIn # noqa: PLC0415
        from ..models.signature_in import SignatureIn # noqa: PLC0415
        from ..models.witness_in import WitnessIn # noqa: PLC0415
        d = dict(src_dict)
        kind = ReportKind(d.pop("kind"))




        election = d.pop("election")

        office = d.pop("office")

        _channel = d.pop("channel", UNSET)
        channel: Channel | Unset
        if isinstance(_channel,  Unset):
            channel = UNSET
        else:
            channel = Channel(_channel)




        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)



                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))


        def _parse_reporter(data: object) -> None | ReporterIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reporter_type_0 = ReporterIn.from_dict(data)



                return reporter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReporterIn | Unset, data)

        reporter = _parse_reporter(d.pop("reporter", UNSET))


        _reported_parties = d.pop("reported_parties", UNSET)
        reported_parties: list[ReportedPartyIn] | Unset = UNSET
        if _reported_parties is not UNSET:
            reported_parties = []
            for reported_parties_item_data in _reported_parties:
                reported_parties_item = ReportedPartyIn.from_dict(reported_parties_item_data)



                reported_parties.append(reported_parties_item)


        _witnesses = d.pop("witnesses", UNSET)
        witnesses: list[WitnessIn] | Unset = UNSET
        if _witnesses is not UNSET:
            witnesses = []
            for witnesses_item_data in _witnesses:
                witnesses_item = WitnessIn.from_dict(witnesses_item_data)



                witnesses.append(witnesses_item)


        _incident = d.pop("incident", UNSET)
        incident: IncidentIn | Unset
        if isinstance(_incident,  Unset):
            incident = UNSET
        else:
            incident = IncidentIn.from_dict(_incident)




        def _parse_known_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                known_on_type_0 = datetime.date.fromisoformat(data)



                return known_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        known_on = _parse_known_on(d.pop("known_on", UNSET))


        description = d.pop("description", UNSET)

        def _parse_violation_type(data: object) -> None | ReportCreateViolationTypeType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                violation_type_type_0 = ReportCreateViolationTypeType0(data)



                return violation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportCreateViolationTypeType0 | Unset, data)

        violation_type = _parse_violation_type(d.pop("violation_type", UNSET))


        tsm = d.pop("tsm", UNSET)

        _evidence = d.pop("evidence", UNSET)
        evidence: list[EvidenceIn] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = EvidenceIn.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        _signature = d.pop("signature", UNSET)
        signature: SignatureIn | Unset
        if isinstance(_signature,  Unset):
            signature = UNSET
        else:
            signature = SignatureIn.from_dict(_signature)




        subjects = cast(list[str], d.pop("subjects", UNSET))


        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))


        report_create = cls(
            kind=kind,
            election=election,
            office=office,
            channel=channel,
            received_at=received_at,
            reporter=reporter,
            reported_parties=reported_parties,
            witnesses=witnesses,
            incident=incident,
            known_on=known_on,
            description=description,
            violation_type=violation_type,
            tsm=tsm,
            evidence=evidence,
            signature=signature,
            subjects=subjects,
            stage=stage,
        )

        return report_create

