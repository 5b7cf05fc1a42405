from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="HandoverIn")



@_attrs_define
class HandoverIn:
    """ 
        Attributes:
            to (str): New custodian.
            kept_at (str): Where it is kept now.
            note (str | Unset):  Default: ''.
     """

    to: str
    kept_at: str
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        to = self.to

        kept_at = self.kept_at

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to": to,
            "kept_at": kept_at,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = d.pop("to")

        kept_at = d.pop("kept_at")

        note = d.pop("note", UNSET)

        handover_in = cls(
            to=to,
            kept_at=kept_at,
            note=note,
        )

        return handover_in

