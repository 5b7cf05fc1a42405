from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.confidence import Confidence






T = TypeVar("T", bound="WindowOut")



@_attrs_define
class WindowOut:
    """ 
        Attributes:
            id (str):
            opens (str):
            closes (str):
            basis (str):
            confidence (Confidence): How sure we are of a rule (spec, preamble).
            note (str):
     """

    id: str
    opens: str
    closes: str
    basis: str
    confidence: Confidence
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        opens = self.opens

        closes = self.closes

        basis = self.basis

        confidence = self.confidence.value

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "opens": opens,
            "closes": closes,
            "basis": basis,
            "confidence": confidence,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        opens = d.pop("opens")

        closes = d.pop("closes")

        basis = d.pop("basis")

        confidence = Confidence(d.pop("confidence"))




        note = d.pop("note")

        window_out = cls(
            id=id,
            opens=opens,
            closes=closes,
            basis=basis,
            confidence=confidence,
            note=note,
        )


        window_out.additional_properties = d
        return window_out

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
