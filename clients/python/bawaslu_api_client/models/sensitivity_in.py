from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="SensitivityIn")



@_attrs_define
class SensitivityIn:
    """ 
        Attributes:
            sensitive (bool):
            reason (str):
     """

    sensitive: bool
    reason: str





    def to_dict(self) -> dict[str, Any]:
        sensitive = self.sensitive

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "sensitive": sensitive,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sensitive = d.pop("sensitive")

        reason = d.pop("reason")

        sensitivity_in = cls(
            sensitive=sensitive,
            reason=reason,
        )

        return sensitivity_in

