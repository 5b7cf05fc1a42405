from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PublicRow")



@_attrs_define
class PublicRow:
    """ One published figure (long format: one row per dimension, key and measure).

        Attributes:
            dimension (str):
            key (str):
            label (str):
            label_en (str):
            measure (str): What `value` is (see the data dictionary).
            value (float | int | None): Null when suppressed.
            suppressed (bool):
     """

    dimension: str
    key: str
    label: str
    label_en: str
    measure: str
    value: float | int | None
    suppressed: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        key = self.key

        label = self.label

        label_en = self.label_en

        measure = self.measure

        value: float | int | None
        value = self.value

        suppressed = self.suppressed


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dimension": dimension,
            "key": key,
            "label": label,
            "label_en": label_en,
            "measure": measure,
            "value": value,
            "suppressed": suppressed,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dimension = d.pop("dimension")

        key = d.pop("key")

        label = d.pop("label")

        label_en = d.pop("label_en")

        measure = d.pop("measure")

        def _parse_value(data: object) -> float | int | None:
            if data is None:
                return data
            return cast(float | int | None, data)

        value = _parse_value(d.pop("value"))


        suppressed = d.pop("suppressed")

        public_row = cls(
            dimension=dimension,
            key=key,
            label=label,
            label_en=label_en,
            measure=measure,
            value=value,
            suppressed=suppressed,
        )


        public_row.additional_properties = d
        return public_row

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
