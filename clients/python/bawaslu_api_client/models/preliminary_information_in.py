from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PreliminaryInformationIn")



@_attrs_define
class PreliminaryInformationIn:
    """ A finding set from this report (informasi awal, docs/legal/procedure.md §5).

        Attributes:
            discovered_on (datetime.date): When the supervisor discovered the violation through the search: the finding's
                date (finding.set runs from it).
            reason (str):
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            office (None | str | Unset): Office that sets the finding (default: the report's).
     """

    discovered_on: datetime.date
    reason: str
    occurred_at: datetime.datetime | None | Unset = UNSET
    office: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        discovered_on = self.discovered_on.isoformat()

        reason = self.reason

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        office: None | str | Unset
        if isinstance(self.office, Unset):
            office = UNSET
        else:
            office = self.office


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "discovered_on": discovered_on,
            "reason": reason,
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if office is not UNSET:
            field_dict["office"] = office

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        discovered_on = datetime.date.fromisoformat(d.pop("discovered_on"))




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


        def _parse_office(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        office = _parse_office(d.pop("office", UNSET))


        preliminary_information_in = cls(
            discovered_on=discovered_on,
            reason=reason,
            occurred_at=occurred_at,
            office=office,
        )

        return preliminary_information_in

