from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="PolicySetIn")



@_attrs_define
class PolicySetIn:
    """ 
        Attributes:
            value (bool | int | str):
            reason (str): Why (a decision, a circular, a court case).
     """

    value: bool | int | str
    reason: str





    def to_dict(self) -> dict[str, Any]:
        value: bool | int | str
        value = self.value

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "value": value,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_value(data: object) -> bool | int | str:
            return cast(bool | int | str, data)

        value = _parse_value(d.pop("value"))


        reason = d.pop("reason")

        policy_set_in = cls(
            value=value,
            reason=reason,
        )

        return policy_set_in

