from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.confidence import Confidence






T = TypeVar("T", bound="SubjectOut")



@_attrs_define
class SubjectOut:
    """ 
        Attributes:
            code (str):
            label_id (str):
            label_en (str):
            basis (str): The provisions that prohibit the act.
            confidence (Confidence): How sure we are of a rule (spec, preamble).
     """

    code: str
    label_id: str
    label_en: str
    basis: str
    confidence: Confidence
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        label_id = self.label_id

        label_en = self.label_en

        basis = self.basis

        confidence = self.confidence.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "label_id": label_id,
            "label_en": label_en,
            "basis": basis,
            "confidence": confidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        label_id = d.pop("label_id")

        label_en = d.pop("label_en")

        basis = d.pop("basis")

        confidence = Confidence(d.pop("confidence"))




        subject_out = cls(
            code=code,
            label_id=label_id,
            label_en=label_en,
            basis=basis,
            confidence=confidence,
        )


        subject_out.additional_properties = d
        return subject_out

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
