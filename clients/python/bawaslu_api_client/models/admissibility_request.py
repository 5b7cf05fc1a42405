from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.admissibility_request_kind import AdmissibilityRequestKind
from ..models.admissibility_request_violation_type_type_0 import AdmissibilityRequestViolationTypeType0
from ..models.regime import Regime
from ..models.zone import Zone
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.rules_evidence_in import RulesEvidenceIn
  from ..models.rules_incident_in import RulesIncidentIn
  from ..models.rules_reported_party_in import RulesReportedPartyIn
  from ..models.rules_reporter_in import RulesReporterIn
  from ..models.rules_signature_in import RulesSignatureIn
  from ..models.rules_witness_in import RulesWitnessIn
  from ..models.stages_in import StagesIn





T = TypeVar("T", bound="AdmissibilityRequest")



@_attrs_define
class AdmissibilityRequest:
    """ A submission as `bawaslu-rules check` reads it, plus the CLI's options
    (`zone`/`office`, `ruleset`, `notice_at`).

        Attributes:
            kind (AdmissibilityRequestKind):
            regime (Regime): The two legal regimes (docs/legal/rules.md §1).
            received_at (datetime.datetime): When it was handed in; without an offset it is office local time.
            reporter (None | RulesReporterIn | Unset):
            reported_party (None | RulesReportedPartyIn | Unset):
            violation_type (AdmissibilityRequestViolationTypeType0 | None | Unset):
            tsm (bool | Unset):  Default: False.
            known_on (datetime.date | None | Unset):
            incident (None | RulesIncidentIn | Unset):
            description (None | str | Unset):
            evidence (list[RulesEvidenceIn] | Unset):
            witnesses (list[RulesWitnessIn | str] | Unset):
            signature (None | RulesSignatureIn | Unset):
            stages (None | StagesIn | Unset):
            election (None | str | Unset): Stage calendar of a known election (`pemilu-2024`, `pilkada-2024`); without
                `stages` or `election`, the election of the regime whose calendar covers the receipt date is used.
            election_area (list[str] | Unset): Pilkada: region codes of the election's area (`52`, `52.03`); a voter's NIK
                region is checked against them.
            zone (None | Unset | Zone): Default Asia/Jakarta, or the office's.
            office (None | str | Unset): Office code: its time zone.
            ruleset (None | str | Unset): Default: the one in force on the receipt date.
            notice_at (datetime.date | datetime.datetime | None | Unset): When the reporter received the notice to complete.
     """

    kind: AdmissibilityRequestKind
    regime: Regime
    received_at: datetime.datetime
    reporter: None | RulesReporterIn | Unset = UNSET
    reported_party: None | RulesReportedPartyIn | Unset = UNSET
    violation_type: AdmissibilityRequestViolationTypeType0 | None | Unset = UNSET
    tsm: bool | Unset = False
    known_on: datetime.date | None | Unset = UNSET
    incident: None | RulesIncidentIn | Unset = UNSET
    description: None | str | Unset = UNSET
    evidence: list[RulesEvidenceIn] | Unset = UNSET
    witnesses: list[RulesWitnessIn | str] | Unset = UNSET
    signature: None | RulesSignatureIn | Unset = UNSET
    stages: None | StagesIn | Unset = UNSET
    election: None | str | Unset = UNSET
    election_area: list[str] | Unset = UNSET
    zone: None | Unset | Zone = UNSET
    office: None | str | Unset = UNSET
    ruleset: None | str | Unset = UNSET
    notice_at: datetime.date | datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rules_evidence_in import RulesEvidenceIn # noqa: PLC0415
        from ..models.rules_incident_in import RulesIncidentIn # noqa: PLC0415
        from ..models.rules_reported_party_in import RulesReportedPartyIn # noqa: PLC0415
        from ..models.rules_reporter_in import RulesReporterIn # noqa: PLC0415
        from ..models.rules_signature_in import RulesSignatureIn # noqa: PLC0415
        from ..models.rules_witness_in import RulesWitnessIn # noqa: PLC0415
        from ..models.stages_in import StagesIn # noqa: PLC0415
        kind = self.kind.value

        regime = self.regime.value

        received_at = self.received_at.isoformat()

        reporter: dict[str, Any] | None | Unset
        if isinstance(self.reporter, Unset):
            reporter = UNSET
        elif isinstance(self.reporter, RulesReporterIn):
            reporter = self.reporter.to_dict()
        else:
            reporter = self.reporter

        reported_party: dict[str, Any] | None | Unset
        if isinstance(self.reported_party, Unset):
            reported_party = UNSET
        elif isinstance(self.reported_party, RulesReportedPartyIn):
            reported_party = self.reported_party.to_dict()
        else:
            reported_party = self.reported_party

        violation_type: None | str | Unset
        if isinstance(self.violation_type, Unset):
            violation_type = UNSET
        elif isinstance(self.violation_type, AdmissibilityRequestViolationTypeType0):
            violation_type = self.violation_type.value
        else:
            violation_type = self.violation_type

        tsm = self.tsm

        known_on: None | str | Unset
        if isinstance(self.known_on, Unset):
            known_on = UNSET
        elif isinstance(self.known_on, datetime.date):
            known_on = self.known_on.isoformat()
        else:
            known_on = self.known_on

        incident: dict[str, Any] | None | Unset
        if isinstance(self.incident, Unset):
            incident = UNSET
        elif isinstance(self.incident, RulesIncidentIn):
            incident = self.incident.to_dict()
        else:
            incident = self.incident

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        evidence: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.evidence, Unset):
            evidence = []
            for evidence_item_data in self.evidence:
                evidence_item = evidence_item_data.to_dict()
                evidence.append(evidence_item)



        witnesses: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.witnesses, Unset):
            witnesses = []
            for witnesses_item_data in self.witnesses:
                witnesses_item: dict[str, Any] | str
                if isinstance(witnesses_item_data, RulesWitnessIn):
                    witnesses_item = witnesses_item_data.to_dict()
                else:
                    witnesses_item = witnesses_item_data
                witnesses.append(witnesses_item)



        signature: dict[str, Any] | None | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        elif isinstance(self.signature, RulesSignatureIn):
            signature = self.signature.to_dict()
        else:
            signature = self.signature

        stages: dict[str, Any] | None | Unset
        if isinstance(self.stages, Unset):
            stages = UNSET
        elif isinstance(self.stages, StagesIn):
            stages = self.stages.to_dict()
        else:
            stages = self.stages

        election: None | str | Unset
        if isinstance(self.election, Unset):
            election = UNSET
        else:
            election = self.election

        election_area: list[str] | Unset = UNSET
        if not isinstance(self.election_area, Unset):
            election_area = self.election_area



        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        elif isinstance(self.zone, Zone):
            zone = self.zone.value
        else:
            zone = self.zone

        office: None | str | Unset
        if isinstance(self.office, Unset):
            office = UNSET
        else:
            office = self.office

        ruleset: None | str | Unset
        if isinstance(self.ruleset, Unset):
            ruleset = UNSET
        else:
            ruleset = self.ruleset

        notice_at: None | str | Unset
        if isinstance(self.notice_at, Unset):
            notice_at = UNSET
        elif isinstance(self.notice_at, datetime.date):
            notice_at = self.notice_at.isoformat()
        elif isinstance(self.notice_at, datetime.datetime):
            notice_at = self.notice_at.isoformat()
        else:
            notice_at = self.notice_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "regime": regime,
            "received_at": received_at,
        })
        if reporter is not UNSET:
            field_dict["reporter"] = reporter
        if reported_party is not UNSET:
            field_dict["reported_party"] = reported_party
        if violation_type is not UNSET:
            field_dict["violation_type"] = violation_type
        if tsm is not UNSET:
            field_dict["tsm"] = tsm
        if known_on is not UNSET:
            field_dict["known_on"] = known_on
        if incident is not UNSET:
            field_dict["incident"] = incident
        if description is not UNSET:
            field_dict["description"] = description
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if witnesses is not UNSET:
            field_dict["witnesses"] = witnesses
        if signature is not UNSET:
            field_dict["signature"] = signature
        if stages is not UNSET:
            field_dict["stages"] = stages
        if election is not UNSET:
            field_dict["election"] = election
        if election_area is not UNSET:
            field_dict["election_area"] = election_area
        if zone is not UNSET:
            field_dict["zone"] = zone
        if office is not UNSET:
            field_dict["office"] = office
        if ruleset is not UNSET:
            field_dict["ruleset"] = ruleset
        if notice_at is not UNSET:
            field_dict["notice_at"] = notice_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rules_evidence_in import RulesEvidenceIn # noqa: PLC0415
        from ..models.rules_incident_in import RulesIncidentIn # noqa: PLC0415
        from ..models.rules_reported_party_in import RulesReportedPartyIn # noqa: PLC0415
        from ..models.rules_reporter_in import RulesReporterIn # noqa: PLC0415
        from ..models.rules_signature_in import RulesSignatureIn # noqa: PLC0415
        from ..models.rules_witness_in import RulesWitnessIn # noqa: PLC0415
        from ..models.stages_in import StagesIn # noqa: PLC0415
        d = dict(src_dict)
        kind = AdmissibilityRequestKind(d.pop("kind"))




        regime = Regime(d.pop("regime"))




        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        def _parse_reporter(data: object) -> None | RulesReporterIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reporter_type_0 = RulesReporterIn.from_dict(data)



                return reporter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesReporterIn | Unset, data)

        reporter = _parse_reporter(d.pop("reporter", UNSET))


        def _parse_reported_party(data: object) -> None | RulesReportedPartyIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reported_party_type_0 = RulesReportedPartyIn.from_dict(data)



                return reported_party_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesReportedPartyIn | Unset, data)

        reported_party = _parse_reported_party(d.pop("reported_party", UNSET))


        def _parse_violation_type(data: object) -> AdmissibilityRequestViolationTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                violation_type_type_0 = AdmissibilityRequestViolationTypeType0(data)



                return violation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdmissibilityRequestViolationTypeType0 | None | Unset, data)

        violation_type = _parse_violation_type(d.pop("violation_type", UNSET))


        tsm = d.pop("tsm", UNSET)

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


        def _parse_incident(data: object) -> None | RulesIncidentIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incident_type_0 = RulesIncidentIn.from_dict(data)



                return incident_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesIncidentIn | Unset, data)

        incident = _parse_incident(d.pop("incident", UNSET))


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


        _evidence = d.pop("evidence", UNSET)
        evidence: list[RulesEvidenceIn] | Unset = UNSET
        if _evidence is not UNSET:
            evidence = []
            for evidence_item_data in _evidence:
                evidence_item = RulesEvidenceIn.from_dict(evidence_item_data)



                evidence.append(evidence_item)


        _witnesses = d.pop("witnesses", UNSET)
        witnesses: list[RulesWitnessIn | str] | Unset = UNSET
        if _witnesses is not UNSET:
            witnesses = []
            for witnesses_item_data in _witnesses:
                def _parse_witnesses_item(data: object) -> RulesWitnessIn | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        witnesses_item_type_1 = RulesWitnessIn.from_dict(data)



                        return witnesses_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(RulesWitnessIn | str, data)

                witnesses_item = _parse_witnesses_item(witnesses_item_data)

                witnesses.append(witnesses_item)


        def _parse_signature(data: object) -> None | RulesSignatureIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signature_type_0 = RulesSignatureIn.from_dict(data)



                return signature_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesSignatureIn | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))


        def _parse_stages(data: object) -> None | StagesIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stages_type_0 = StagesIn.from_dict(data)



                return stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StagesIn | Unset, data)

        stages = _parse_stages(d.pop("stages", UNSET))


        def _parse_election(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        election = _parse_election(d.pop("election", UNSET))


        election_area = cast(list[str], d.pop("election_area", UNSET))


        def _parse_zone(data: object) -> None | Unset | Zone:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                zone_type_0 = Zone(data)



                return zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Zone, data)

        zone = _parse_zone(d.pop("zone", UNSET))


        def _parse_office(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        office = _parse_office(d.pop("office", UNSET))


        def _parse_ruleset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruleset = _parse_ruleset(d.pop("ruleset", UNSET))


        def _parse_notice_at(data: object) -> datetime.date | datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notice_at_type_0_type_0 = datetime.date.fromisoformat(data)



                return notice_at_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notice_at_type_0_type_1 = datetime.datetime.fromisoformat(data)



                return notice_at_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None | Unset, data)

        notice_at = _parse_notice_at(d.pop("notice_at", UNSET))


        admissibility_request = cls(
            kind=kind,
            regime=regime,
            received_at=received_at,
            reporter=reporter,
            reported_party=reported_party,
            violation_type=violation_type,
            tsm=tsm,
            known_on=known_on,
            incident=incident,
            description=description,
            evidence=evidence,
            witnesses=witnesses,
            signature=signature,
            stages=stages,
            election=election,
            election_area=election_area,
            zone=zone,
            office=office,
            ruleset=ruleset,
            notice_at=notice_at,
        )


        admissibility_request.additional_properties = d
        return admissibility_request

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
