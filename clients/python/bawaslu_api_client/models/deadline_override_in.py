from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deadline_override_in_status_type_0 import DeadlineOverrideInStatusType0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DeadlineOverrideIn")



@_attrs_define
class DeadlineOverrideIn:
    """ A manual change of a clock's status or due time; always with a reason, always on the
    case's timeline.

        Attributes:
            reason (str):
            status (DeadlineOverrideInStatusType0 | None | Unset): The new status (leave out to only move `due_at`).
            due_at (datetime.datetime | None | Unset): Extend a pending clock: its new due time, later than the current one
                (`due` becomes its local date in the office's zone). With `status: pending`, a closed clock is reopened and
                extended. A report completed before an extended `report.completion` is not expired.
     """

    reason: str
    status: DeadlineOverrideInStatusType0 | None | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DeadlineOverrideInStatusType0):
            status = self.status.value
        else:
            status = self.status

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if status is not UNSET:
            field_dict["status"] = status
        if due_at is not UNSET:
            field_dict["due_at"] = due_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_status(data: object) -> DeadlineOverrideInStatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DeadlineOverrideInStatusType0(data)



                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeadlineOverrideInStatusType0 | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))


        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)



                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))


        deadline_override_in = cls(
            reason=reason,
            status=status,
            due_at=due_at,
        )

        return deadline_override_in

