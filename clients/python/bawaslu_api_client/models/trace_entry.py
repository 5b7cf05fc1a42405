from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="TraceEntry")



@_attrs_define
class TraceEntry:
    """ One step of how the due date was reached.

        Attributes:
            date (datetime.date):
            event (str): `skipped`, `counted`, `rolled_forward` or `note`.
            reason (str):
            name (str):
            decree (str):
            policy (str):
     """

    date: datetime.date
    event: str
    reason: str
    name: str
    decree: str
    policy: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        event = self.event

        reason = self.reason

        name = self.name

        decree = self.decree

        policy = self.policy


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "date": date,
            "event": event,
            "reason": reason,
            "name": name,
            "decree": decree,
            "policy": policy,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))




        event = d.pop("event")

        reason = d.pop("reason")

        name = d.pop("name")

        decree = d.pop("decree")

        policy = d.pop("policy")

        trace_entry = cls(
            date=date,
            event=event,
            reason=reason,
            name=name,
            decree=decree,
            policy=policy,
        )


        trace_entry.additional_properties = d
        return trace_entry

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
