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
  from ..models.incident_in import IncidentIn
  from ..models.reported_party_in import ReportedPartyIn





T = TypeVar("T", bound="CorrectionIn")



@_attrs_define
class CorrectionIn:
    """ Staff corrections of the recorded facts; only the given fields change. After
    registration the date known, the incident date and the reported parties are fixed.

        Attributes:
            reason (str): What was wrong.
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            description (None | str | Unset):
            incident (IncidentIn | None | Unset):
            known_on (datetime.date | None | Unset):
            reported_parties (list[ReportedPartyIn] | None | Unset):
     """

    reason: str
    occurred_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    incident: IncidentIn | None | Unset = UNSET
    known_on: datetime.date | None | Unset = UNSET
    reported_parties: list[ReportedPartyIn] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        reason = self.reason

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if description is not UNSET:
            field_dict["description"] = description
        if incident is not UNSET:
            field_dict["incident"] = incident
        if known_on is not UNSET:
            field_dict["known_on"] = known_on
        if reported_parties is not UNSET:
            field_dict["reported_parties"] = reported_parties

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.incident_in import IncidentIn # noqa: PLC0415
        from ..models.reported_party_in import ReportedPartyIn # noqa: PLC0415
        d = dict(src_dict)
        reason = d.pop("reason")

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


        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))


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


        correction_in = cls(
            reason=reason,
            occurred_at=occurred_at,
            description=description,
            incident=incident,
            known_on=known_on,
            reported_parties=reported_parties,
        )

        return correction_in

