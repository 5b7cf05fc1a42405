from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.skipped_clock_why import SkippedClockWhy
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="SkippedClock")



@_attrs_define
class SkippedClock:
    """ 
        Attributes:
            deadline_id (UUID):
            report_id (UUID):
            rule (str):
            due (datetime.date):
            why (SkippedClockWhy): `overridden`: its status or due time was set by an audited override, which a
                recomputation never undoes; `not_computable`: the rules engine cannot compute it under the settings in force
                (see `detail`).
            detail (str):
     """

    deadline_id: UUID
    report_id: UUID
    rule: str
    due: datetime.date
    why: SkippedClockWhy
    detail: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deadline_id = str(self.deadline_id)

        report_id = str(self.report_id)

        rule = self.rule

        due = self.due.isoformat()

        why = self.why.value

        detail = self.detail


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deadline_id": deadline_id,
            "report_id": report_id,
            "rule": rule,
            "due": due,
            "why": why,
            "detail": detail,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline_id = UUID(d.pop("deadline_id"))




        report_id = UUID(d.pop("report_id"))




        rule = d.pop("rule")

        due = datetime.date.fromisoformat(d.pop("due"))




        why = SkippedClockWhy(d.pop("why"))




        detail = d.pop("detail")

        skipped_clock = cls(
            deadline_id=deadline_id,
            report_id=report_id,
            rule=rule,
            due=due,
            why=why,
            detail=detail,
        )


        skipped_clock.additional_properties = d
        return skipped_clock

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
