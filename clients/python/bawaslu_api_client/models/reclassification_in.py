from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reclassification_in_violation_type_type_0 import ReclassificationInViolationTypeType0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ReclassificationIn")



@_attrs_define
class ReclassificationIn:
    """ What the report is about, as the office now classifies it.

        Attributes:
            violation_type (None | ReclassificationInViolationTypeType0): The kind of violation (null: not yet known).
            reason (str):
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            tsm (bool | None | Unset): Structured, systematic, massive (omit: as is).
     """

    violation_type: None | ReclassificationInViolationTypeType0
    reason: str
    occurred_at: datetime.datetime | None | Unset = UNSET
    tsm: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        violation_type: None | str
        if isinstance(self.violation_type, ReclassificationInViolationTypeType0):
            violation_type = self.violation_type.value
        else:
            violation_type = self.violation_type

        reason = self.reason

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        tsm: bool | None | Unset
        if isinstance(self.tsm, Unset):
            tsm = UNSET
        else:
            tsm = self.tsm


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "violation_type": violation_type,
            "reason": reason,
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if tsm is not UNSET:
            field_dict["tsm"] = tsm

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_violation_type(data: object) -> None | ReclassificationInViolationTypeType0:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                violation_type_type_0 = ReclassificationInViolationTypeType0(data)



                return violation_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReclassificationInViolationTypeType0, data)

        violation_type = _parse_violation_type(d.pop("violation_type"))


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


        def _parse_tsm(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        tsm = _parse_tsm(d.pop("tsm", UNSET))


        reclassification_in = cls(
            violation_type=violation_type,
            reason=reason,
            occurred_at=occurred_at,
            tsm=tsm,
        )

        return reclassification_in

