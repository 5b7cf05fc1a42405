from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="NonWorkingDay")



@_attrs_define
class NonWorkingDay:
    """ 
        Attributes:
            day (datetime.date):
            category (str):
            name (str):
            decree (str):
            source (str): `official`, `override` or `provisional`.
     """

    day: datetime.date
    category: str
    name: str
    decree: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        category = self.category

        name = self.name

        decree = self.decree

        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "day": day,
            "category": category,
            "name": name,
            "decree": decree,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))




        category = d.pop("category")

        name = d.pop("name")

        decree = d.pop("decree")

        source = d.pop("source")

        non_working_day = cls(
            day=day,
            category=category,
            name=name,
            decree=decree,
            source=source,
        )


        non_working_day.additional_properties = d
        return non_working_day

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
