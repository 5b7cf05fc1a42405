from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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





T = TypeVar("T", bound="CompletionIn")



@_attrs_define
class CompletionIn:
    """ The reporter's additions; only the given fields change, then admissibility re-runs.
    Refused (409 `completion_expired`) once `report.completion` has passed: Perbawaslu
    7/2022 Art. 15(3)-(4).

        Attributes:
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            reporter (None | ReporterIn | Unset):
            reported_parties (list[ReportedPartyIn] | None | Unset):
            witnesses (list[WitnessIn] | None | Unset):
            incident (IncidentIn | None | Unset):
            known_on (datetime.date | None | Unset):
            description (None | str | Unset):
            evidence (list[EvidenceIn] | None | Unset):
            signature (None | SignatureIn | Unset):
     """

    occurred_at: datetime.datetime | None | Unset = UNSET
    reporter: None | ReporterIn | Unset = UNSET
    reported_parties: list[ReportedPartyIn] | None | Unset = UNSET
    witnesses: list[WitnessIn] | None | Unset = UNSET
    incident: IncidentIn | None | Unset = UNSET
    known_on: datetime.date | None | Unset = UNSET
    description: None | str | Unset = UNSET
    evidence: list[EvidenceIn] | None | Unset = UNSET
    signature: None | SignatureIn | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.evidence_in import EvidenceIn # noqa: PLC0415
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        from ..models.reporter_in import ReporterIn # noqa: PLC0415
        from ..models.signature_in import SignatureIn # noqa: PLC0415
        from ..models.witness_in import WitnessIn # noqa: PLC0415
        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        reporter: dict[str, Any] | None | Unset
        if isinstance(self.reporter, Unset):
            reporter = UNSET
        elif isinstance(self.reporter, ReporterIn):
            reporter = self.reporter.to_dict()
        else:
            reporter = self.reporter

        reported_parties: list[dict[str, Any]] | None | Unset
        if isinstance(self.reported_parties, Unset):
            reported_parties = UNSET
        elif isinstance(self.reported_parties, list):
            reported_parties = []
            for reported_parties_type_0_item_data in self.reported_parties:
                reported_parties_type_0_item = reported_parties_type_0_item_data.to_dict()
                reported_parties.append(reported_parties_type_0_item)


        else:
            reported_parties = self.reported_parties

        witnesses: list[dict[str, Any]] | None | Unset
        if isinstance(self.witnesses, Unset):
            witnesses = UNSET
        elif isinstance(self.witnesses, list):
            witnesses = []
            for witnesses_type_0_item_data in self.witnesses:
                witnesses_type_0_item = witnesses_type_0_item_data.to_dict()
                witnesses.append(witnesses_type_0_item)


        else:
            witnesses = self.witnesses

        incident: dict[str, Any] | None | Unset
        if isinstance(self.incident, Unset):
            incident = UNSET
        elif isinstance(self.incident, IncidentIn):
            incident = self.incident.to_dict()
        else:
            incident = self.incident

        known_on: None | str | Unset
        if isinstance(self.known_on, Unset):
            known_on = UNSET
        elif isinstance(self.known_on, datetime.date):
            known_on = self.known_on.isoformat()
        else:
            known_on = self.known_on

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        evidence: list[dict[str, Any]] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, list):
            evidence = []
            for evidence_type_0_item_data in self.evidence:
                evidence_type_0_item = evidence_type_0_item_data.to_dict()
                evidence.append(evidence_type_0_item)


        else:
            evidence = self.evidence

        signature: dict[str, Any] | None | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        elif isinstance(self.signature, SignatureIn):
            signature = self.signature.to_dict()
        else:
            signature = self.signature


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
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
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if signature is not UNSET:
            field_dict["signature"] = signature

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
        def _parse_occurred_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_at_type_0 = datetime.datetime.fromisoformat(data)



                return occurred_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurred_at = _parse_occurred_at(d.pop("occurred_at", UNSET))


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


        def _parse_reported_parties(data: object) -> list[ReportedPartyIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                reported_parties_type_0 = []
                _reported_parties_type_0 = data
                for reported_parties_type_0_item_data in (_reported_parties_type_0):
                    reported_parties_type_0_item = ReportedPartyIn.from_dict(reported_parties_type_0_item_data)



                    reported_parties_type_0.append(reported_parties_type_0_item)

                return reported_parties_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReportedPartyIn] | None | Unset, data)

        reported_parties = _parse_reported_parties(d.pop("reported_parties", UNSET))


        def _parse_witnesses(data: object) -> list[WitnessIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                witnesses_type_0 = []
                _witnesses_type_0 = data
                for witnesses_type_0_item_data in (_witnesses_type_0):
                    witnesses_type_0_item = WitnessIn.from_dict(witnesses_type_0_item_data)



                    witnesses_type_0.append(witnesses_type_0_item)

                return witnesses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WitnessIn] | None | Unset, data)

        witnesses = _parse_witnesses(d.pop("witnesses", UNSET))


        def _parse_incident(data: object) -> IncidentIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_type_0 = IncidentIn.from_dict(data)



                return incident_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IncidentIn | None | Unset, data)

        incident = _parse_incident(d.pop("incident", UNSET))


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


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        def _parse_evidence(data: object) -> list[EvidenceIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_type_0 = []
                _evidence_type_0 = data
                for evidence_type_0_item_data in (_evidence_type_0):
                    evidence_type_0_item = EvidenceIn.from_dict(evidence_type_0_item_data)



                    evidence_type_0.append(evidence_type_0_item)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EvidenceIn] | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))


        def _parse_signature(data: object) -> None | SignatureIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signature_type_0 = SignatureIn.from_dict(data)



                return signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignatureIn | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))


        completion_in = cls(
            occurred_at=occurred_at,
            reporter=reporter,
            reported_parties=reported_parties,
            witnesses=witnesses,
            incident=incident,
            known_on=known_on,
            description=description,
            evidence=evidence,
            signature=signature,
        )

        return completion_in

