from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="DictionaryEntry")



@_attrs_define
class DictionaryEntry:
    """ 
        Attributes:
            name (str):
            kind (str): `column` (of the CSV), `dimension` or `measure`.
            description (str):
            description_id (str):
            unit (str):
            source (str):
     """

    name: str
    kind: str
    description: str
    description_id: str
    unit: str
    source: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind

        description = self.description

        description_id = self.description_id

        unit = self.unit

        source = self.source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "kind": kind,
            "description": description,
            "description_id": description_id,
            "unit": unit,
            "source": source,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = d.pop("kind")

        description = d.pop("description")

        description_id = d.pop("description_id")

        unit = d.pop("unit")

        source = d.pop("source")

        dictionary_entry = cls(
            name=name,
            kind=kind,
            description=description,
            description_id=description_id,
            unit=unit,
            source=source,
        )


        dictionary_entry.additional_properties = d
        return dictionary_entry

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
