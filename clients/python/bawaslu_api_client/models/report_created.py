from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.channel import Channel
from ..models.outcome import Outcome
from ..models.report_created_stage_set_by import ReportCreatedStageSetBy
from ..models.report_kind import ReportKind
from ..models.report_status import ReportStatus
from ..models.violation_category import ViolationCategory
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.admissibility_out import AdmissibilityOut
  from ..models.deadline_out import DeadlineOut
  from ..models.evidence_in import EvidenceIn
  from ..models.incident_in import IncidentIn
  from ..models.reported_party_out import ReportedPartyOut
  from ..models.reporter_out import ReporterOut





T = TypeVar("T", bound="ReportCreated")



@_attrs_define
class ReportCreated:
    """ 
        Attributes:
            id (UUID):
            kind (ReportKind):
            status (ReportStatus): Case states (docs/legal/rules.md §5).
            status_label (str):
            election (str):
            regime (str):
            ruleset_version (str):
            office (str):
            channel (Channel):
            received_at (datetime.datetime):
            received_on (datetime.date):
            known_on (datetime.date | None):
            register_number (None | str):
            registered_at (datetime.datetime | None):
            description (str):
            violation_type (None | str):
            tsm (bool):
            incident (IncidentIn):
            reported_parties (list[ReportedPartyOut]):
            evidence (list[EvidenceIn]):
            reporter (None | ReporterOut):
            outcome (None | Outcome):
            outcome_category (None | ViolationCategory):
            decision_extended (bool):
            announced_at (datetime.datetime | None):
            stage (None | str): Election stage of the incident (code).
            stage_set_by (ReportCreatedStageSetBy):
            subjects (list[str]):
            admissibility (AdmissibilityOut):
            sensitive (bool):
            version (int):
            deadlines (list[DeadlineOut]):
            receipt_code (None | str | Unset): Reports only: give it to the reporter to follow the report; shown once.
     """

    id: UUID
    kind: ReportKind
    status: ReportStatus
    status_label: str
    election: str
    regime: str
    ruleset_version: str
    office: str
    channel: Channel
    received_at: datetime.datetime
    received_on: datetime.date
    known_on: datetime.date | None
    register_number: None | str
    registered_at: datetime.datetime | None
    description: str
    violation_type: None | str
    tsm: bool
    incident: IncidentIn
    reported_parties: list[ReportedPartyOut]
    evidence: list[EvidenceIn]
    reporter: None | ReporterOut
    outcome: None | Outcome
    outcome_category: None | ViolationCategory
    decision_extended: bool
    announced_at: datetime.datetime | None
    stage: None | str
    stage_set_by: ReportCreatedStageSetBy
    subjects: list[str]
    admissibility: AdmissibilityOut
    sensitive: bool
    version: int
    deadlines: list[DeadlineOut]
    receipt_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.admissibility_out import AdmissibilityOut # noqa: PLC0415
        from ..models.deadline_out import DeadlineOut # noqa: PLC0415
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_out import ReportedPartyOut # noqa: PLC0415
        from ..models.reporter_out import ReporterOut # noqa: PLC0415
        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        status_label = self.status_label

        election = self.election

        regime = self.regime

        ruleset_version = self.ruleset_version

        office = self.office

        channel = self.channel.value

        received_at = self.received_at.isoformat()

        received_on = self.received_on.isoformat()

        known_on: None | str
        if isinstance(self.known_on, datetime.date):
            known_on = self.known_on.isoformat()
        else:
            known_on = self.known_on

        register_number: None | str
        register_number = self.register_number

        registered_at: None | str
        if isinstance(self.registered_at, datetime.datetime):
            registered_at = self.registered_at.isoformat()
        else:
            registered_at = self.registered_at

        description = self.description

        violation_type: None | str
        violation_type = self.violation_type

        tsm = self.tsm

        incident = self.incident.to_dict()

        reported_parties = []
        for reported_parties_item_data in self.reported_parties:
            reported_parties_item = reported_parties_item_data.to_dict()
            reported_parties.append(reported_parties_item)



        evidence = []
        for evidence_item_data in self.evidence:
            evidence_item = evidence_item_data.to_dict()
            evidence.append(evidence_item)



        reporter: dict[str, Any] | None
        if isinstance(self.reporter, ReporterOut):
            reporter = self.reporter.to_dict()
        else:
            reporter = self.reporter

        outcome: None | str
        if isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_category: None | str
        if isinstance(self.outcome_category, ViolationCategory):
            outcome_category = self.outcome_category.value
        else:
            outcome_category = self.outcome_category

        decision_extended = self.decision_extended

        announced_at: None | str
        if isinstance(self.announced_at, datetime.datetime):
            announced_at = self.announced_at.isoformat()
        else:
            announced_at = self.announced_at

        stage: None | str
        stage = self.stage

        stage_set_by = self.stage_set_by.value

        subjects = self.subjects



        admissibility = self.admissibility.to_dict()

        sensitive = self.sensitive

        version = self.version

        deadlines = []
        for deadlines_item_data in self.deadlines:
            deadlines_item = deadlines_item_data.to_dict()
            deadlines.append(deadlines_item)



        receipt_code: None | str | Unset
        if isinstance(self.receipt_code, Unset):
            receipt_code = UNSET
        else:
            receipt_code = self.receipt_code


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "status": status,
            "status_label": status_label,
            "election": election,
            "regime": regime,
            "ruleset_version": ruleset_version,
            "office": office,
            "channel": channel,
            "received_at": received_at,
            "received_on": received_on,
            "known_on": known_on,
            "register_number": register_number,
            "registered_at": registered_at,
            "description": description,
            "violation_type": violation_type,
            "tsm": tsm,
            "incident": incident,
            "reported_parties": reported_parties,
            "evidence": evidence,
            "reporter": reporter,
            "outcome": outcome,
            "outcome_category": outcome_category,
            "decision_extended": decision_extended,
            "announced_at": announced_at,
            "stage": stage,
            "stage_set_by": stage_set_by,
            "subjects": subjects,
            "admissibility": admissibility,
            "sensitive": sensitive,
            "version": version,
            "deadlines": deadlines,
        })
        if receipt_code is not UNSET:
            field_dict["receipt_code"] = receipt_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admissibility_out import AdmissibilityOut # noqa: PLC0415
        from ..models.deadline_out import DeadlineOut # noqa: PLC0415
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_out import ReportedPartyOut # noqa: PLC0415
        from ..models.reporter_out import ReporterOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = ReportKind(d.pop("kind"))




        status = ReportStatus(d.pop("status"))




        status_label = d.pop("status_label")

        election = d.pop("election")

        regime = d.pop("regime")

        ruleset_version = d.pop("ruleset_version")

        office = d.pop("office")

        channel = Channel(d.pop("channel"))




        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        def _parse_known_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                known_on_type_0 = datetime.date.fromisoformat(data)



                return known_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        known_on = _parse_known_on(d.pop("known_on"))


        def _parse_register_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_number = _parse_register_number(d.pop("register_number"))


        def _parse_registered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                registered_at_type_0 = datetime.datetime.fromisoformat(data)



                return registered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        registered_at = _parse_registered_at(d.pop("registered_at"))


        description = d.pop("description")

        def _parse_violation_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        violation_type = _parse_violation_type(d.pop("violation_type"))


        tsm = d.pop("tsm")

        incident = IncidentIn.from_dict(d.pop("incident"))




        reported_parties = []
        _reported_parties = d.pop("reported_parties")
        for reported_parties_item_data in (_reported_parties):
            reported_parties_item = ReportedPartyOut.from_dict(reported_parties_item_data)



            reported_parties.append(reported_parties_item)


        evidence = []
        _evidence = d.pop("evidence")
        for evidence_item_data in (_evidence):
            evidence_item = EvidenceIn.from_dict(evidence_item_data)



            evidence.append(evidence_item)


        def _parse_reporter(data: object) -> None | ReporterOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reporter_type_0 = ReporterOut.from_dict(data)



                return reporter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReporterOut, data)

        reporter = _parse_reporter(d.pop("reporter"))


        def _parse_outcome(data: object) -> None | Outcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome, data)

        outcome = _parse_outcome(d.pop("outcome"))


        def _parse_outcome_category(data: object) -> None | ViolationCategory:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_category_type_0 = ViolationCategory(data)



                return outcome_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ViolationCategory, data)

        outcome_category = _parse_outcome_category(d.pop("outcome_category"))


        decision_extended = d.pop("decision_extended")

        def _parse_announced_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                announced_at_type_0 = datetime.datetime.fromisoformat(data)



                return announced_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        announced_at = _parse_announced_at(d.pop("announced_at"))


        def _parse_stage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stage = _parse_stage(d.pop("stage"))


        stage_set_by = ReportCreatedStageSetBy(d.pop("stage_set_by"))




        subjects = cast(list[str], d.pop("subjects"))


        admissibility = AdmissibilityOut.from_dict(d.pop("admissibility"))




        sensitive = d.pop("sensitive")

        version = d.pop("version")

        deadlines = []
        _deadlines = d.pop("deadlines")
        for deadlines_item_data in (_deadlines):
            deadlines_item = DeadlineOut.from_dict(deadlines_item_data)



            deadlines.append(deadlines_item)


        def _parse_receipt_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_code = _parse_receipt_code(d.pop("receipt_code", UNSET))


        report_created = cls(
            id=id,
            kind=kind,
            status=status,
            status_label=status_label,
            election=election,
            regime=regime,
            ruleset_version=ruleset_version,
            office=office,
            channel=channel,
            received_at=received_at,
            received_on=received_on,
            known_on=known_on,
            register_number=register_number,
            registered_at=registered_at,
            description=description,
            violation_type=violation_type,
            tsm=tsm,
            incident=incident,
            reported_parties=reported_parties,
            evidence=evidence,
            reporter=reporter,
            outcome=outcome,
            outcome_category=outcome_category,
            decision_extended=decision_extended,
            announced_at=announced_at,
            stage=stage,
            stage_set_by=stage_set_by,
            subjects=subjects,
            admissibility=admissibility,
            sensitive=sensitive,
            version=version,
            deadlines=deadlines,
            receipt_code=receipt_code,
        )


        report_created.additional_properties = d
        return report_created

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
