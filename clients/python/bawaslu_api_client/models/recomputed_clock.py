from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="RecomputedClock")



@_attrs_define
class RecomputedClock:
    """ 
        Attributes:
            deadline_id (UUID):
            report_id (UUID):
            rule (str):
            trigger (datetime.date): The day the clock counts from, in the office's time zone (always a date).
            triggered_at (datetime.datetime | None): The moment the clock counts from, in UTC, for a clock that starts at a
                time (hours, or a step taken at a time); null for a clock that starts on a day.
            ruleset_version (str):
            old_due (datetime.date):
            old_due_at (datetime.datetime):
            new_due (datetime.date):
            new_due_at (datetime.datetime):
            provisional (bool): The new due date rests on provisional holiday data.
     """

    deadline_id: UUID
    report_id: UUID
    rule: str
    trigger: datetime.date
    triggered_at: datetime.datetime | None
    ruleset_version: str
    old_due: datetime.date
    old_due_at: datetime.datetime
    new_due: datetime.date
    new_due_at: datetime.datetime
    provisional: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deadline_id = str(self.deadline_id)

        report_id = str(self.report_id)

        rule = self.rule

        trigger = self.trigger.isoformat()

        triggered_at: None | str
        if isinstance(self.triggered_at, datetime.datetime):
            triggered_at = self.triggered_at.isoformat()
        else:
            triggered_at = self.triggered_at

        ruleset_version = self.ruleset_version

        old_due = self.old_due.isoformat()

        old_due_at = self.old_due_at.isoformat()

        new_due = self.new_due.isoformat()

        new_due_at = self.new_due_at.isoformat()

        provisional = self.provisional


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deadline_id": deadline_id,
            "report_id": report_id,
            "rule": rule,
            "trigger": trigger,
            "triggered_at": triggered_at,
            "ruleset_version": ruleset_version,
            "old_due": old_due,
            "old_due_at": old_due_at,
            "new_due": new_due,
            "new_due_at": new_due_at,
            "provisional": provisional,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline_id = UUID(d.pop("deadline_id"))




        report_id = UUID(d.pop("report_id"))




        rule = d.pop("rule")

        trigger = datetime.date.fromisoformat(d.pop("trigger"))




        def _parse_triggered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                triggered_at_type_0 = datetime.datetime.fromisoformat(data)



                return triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        triggered_at = _parse_triggered_at(d.pop("triggered_at"))


        ruleset_version = d.pop("ruleset_version")

        old_due = datetime.date.fromisoformat(d.pop("old_due"))




        old_due_at = datetime.datetime.fromisoformat(d.pop("old_due_at"))




        new_due = datetime.date.fromisoformat(d.pop("new_due"))




        new_due_at = datetime.datetime.fromisoformat(d.pop("new_due_at"))




        provisional = d.pop("provisional")

        recomputed_clock = cls(
            deadline_id=deadline_id,
            report_id=report_id,
            rule=rule,
            trigger=trigger,
            triggered_at=triggered_at,
            ruleset_version=ruleset_version,
            old_due=old_due,
            old_due_at=old_due_at,
            new_due=new_due,
            new_due_at=new_due_at,
            provisional=provisional,
        )


        recomputed_clock.additional_properties = d
        return recomputed_clock

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
