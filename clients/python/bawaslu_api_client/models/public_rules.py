from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="PublicRules")



@_attrs_define
class PublicRules:
    """ 
        Attributes:
            min_count (int): Counts from 1 to min_count - 1 are not published.
            min_duration_cases (int): Medians and percentiles need at least this many cases.
            round_to (int): Every published count is a multiple of this (random rounding; 1: none).
     """

    min_count: int
    min_duration_cases: int
    round_to: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        min_count = self.min_count

        min_duration_cases = self.min_duration_cases

        round_to = self.round_to


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "min_count": min_count,
            "min_duration_cases": min_duration_cases,
            "round_to": round_to,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        min_count = d.pop("min_count")

        min_duration_cases = d.pop("min_duration_cases")

        round_to = d.pop("round_to")

        public_rules = cls(
            min_count=min_count,
            min_duration_cases=min_duration_cases,
            round_to=round_to,
        )


        public_rules.additional_properties = d
        return public_rules

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
