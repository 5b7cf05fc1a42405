from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kind import Kind






T = TypeVar("T", bound="RulesFailureOut")



@_attrs_define
class RulesFailureOut:
    """ One failed requirement, with a message in the request's language.

        Attributes:
            code (str):
            kind (Kind): Which group of requirements a code belongs to.
            basis (str):
            message (str):
     """

    code: str
    kind: Kind
    basis: str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        kind = self.kind.value

        basis = self.basis

        message = self.message


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "kind": kind,
            "basis": basis,
            "message": message,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        kind = Kind(d.pop("kind"))




        basis = d.pop("basis")

        message = d.pop("message")

        rules_failure_out = cls(
            code=code,
            kind=kind,
            basis=basis,
            message=message,
        )


        rules_failure_out.additional_properties = d
        return rules_failure_out

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
