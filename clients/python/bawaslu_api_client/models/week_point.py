from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="WeekPoint")



@_attrs_define
class WeekPoint:
    """ 
        Attributes:
            week (str): ISO week, e.g. `2024-W06`.
            week_start (datetime.date): Its Monday.
            received (int):
            registered (int):
            decided (int):
     """

    week: str
    week_start: datetime.date
    received: int
    registered: int
    decided: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        week = self.week

        week_start = self.week_start.isoformat()

        received = self.received

        registered = self.registered

        decided = self.decided


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "week": week,
            "week_start": week_start,
            "received": received,
            "registered": registered,
            "decided": decided,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        week = d.pop("week")

        week_start = datetime.date.fromisoformat(d.pop("week_start"))




        received = d.pop("received")

        registered = d.pop("registered")

        decided = d.pop("decided")

        week_point = cls(
            week=week,
            week_start=week_start,
            received=received,
            registered=registered,
            decided=decided,
        )


        week_point.additional_properties = d
        return week_point

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
