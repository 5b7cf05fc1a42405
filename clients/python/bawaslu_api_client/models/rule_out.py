from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.confidence import Confidence
from ..models.unit import Unit






T = TypeVar("T", bound="RuleOut")



@_attrs_define
class RuleOut:
    """ 
        Attributes:
            id (str):
            trigger (str):
            amount (int):
            unit (Unit): How a deadline's amount is counted (docs/legal/rules.md §2).
            basis (str):
            confidence (Confidence): How sure we are of a rule (spec, preamble).
            confidence_note (str):
            note (str):
     """

    id: str
    trigger: str
    amount: int
    unit: Unit
    basis: str
    confidence: Confidence
    confidence_note: str
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = self.id

        trigger = self.trigger

        amount = self.amount

        unit = self.unit.value

        basis = self.basis

        confidence = self.confidence.value

        confidence_note = self.confidence_note

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "trigger": trigger,
            "amount": amount,
            "unit": unit,
            "basis": basis,
            "confidence": confidence,
            "confidence_note": confidence_note,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        trigger = d.pop("trigger")

        amount = d.pop("amount")

        unit = Unit(d.pop("unit"))




        basis = d.pop("basis")

        confidence = Confidence(d.pop("confidence"))




        confidence_note = d.pop("confidence_note")

        note = d.pop("note")

        rule_out = cls(
            id=id,
            trigger=trigger,
            amount=amount,
            unit=unit,
            basis=basis,
            confidence=confidence,
            confidence_note=confidence_note,
            note=note,
        )


        rule_out.additional_properties = d
        return rule_out

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
