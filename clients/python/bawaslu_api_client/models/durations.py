from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="Durations")



@_attrs_define
class Durations:
    """ Working days (the case's calendar: no weekends, no public holidays), over the cases
    that have the value.

        Attributes:
            cases (int): Cases the figures are computed over.
            median (float | None):
            p90 (float | None): 90th percentile (continuous).
     """

    cases: int
    median: float | None
    p90: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cases = self.cases

        median: float | None
        median = self.median

        p90: float | None
        p90 = self.p90


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cases": cases,
            "median": median,
            "p90": p90,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cases = d.pop("cases")

        def _parse_median(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        median = _parse_median(d.pop("median"))


        def _parse_p90(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        p90 = _parse_p90(d.pop("p90"))


        durations = cls(
            cases=cases,
            median=median,
            p90=p90,
        )


        durations.additional_properties = d
        return durations

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
