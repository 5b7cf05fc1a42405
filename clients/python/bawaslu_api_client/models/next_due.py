from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="NextDue")



@_attrs_define
class NextDue:
    """ The case's soonest pending clock.

        Attributes:
            deadline_id (UUID):
            rule (str):
            due_at (datetime.datetime):
            overdue (bool):
     """

    deadline_id: UUID
    rule: str
    due_at: datetime.datetime
    overdue: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        deadline_id = str(self.deadline_id)

        rule = self.rule

        due_at = self.due_at.isoformat()

        overdue = self.overdue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "deadline_id": deadline_id,
            "rule": rule,
            "due_at": due_at,
            "overdue": overdue,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        deadline_id = UUID(d.pop("deadline_id"))




        rule = d.pop("rule")

        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        overdue = d.pop("overdue")

        next_due = cls(
            deadline_id=deadline_id,
            rule=rule,
            due_at=due_at,
            overdue=overdue,
        )


        next_due.additional_properties = d
        return next_due

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
