from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="SupersedeIn")



@_attrs_define
class SupersedeIn:
    """ 
        Attributes:
            replacement_id (UUID): The newer item of the same case.
            reason (str):
     """

    replacement_id: UUID
    reason: str





    def to_dict(self) -> dict[str, Any]:
        replacement_id = str(self.replacement_id)

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "replacement_id": replacement_id,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        replacement_id = UUID(d.pop("replacement_id"))




        reason = d.pop("reason")

        supersede_in = cls(
            replacement_id=replacement_id,
            reason=reason,
        )

        return supersede_in

