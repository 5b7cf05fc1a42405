from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.party_in_role import PartyInRole
from ..types import UNSET, Unset






T = TypeVar("T", bound="PartyIn")



@_attrs_define
class PartyIn:
    """ A party of the case as the analysis names it (identitas pihak).

        Attributes:
            role (PartyInRole):
            name (str | Unset): For `finder`, `reported_party` and `other` only: the reporter, witnesses and experts are
                protected persons, referred to by `ref`. Default: ''.
            ref (str | Unset): How the analysis refers to them. Default: ''.
            note (str | Unset):  Default: ''.
     """

    role: PartyInRole
    name: str | Unset = ''
    ref: str | Unset = ''
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        name = self.name

        ref = self.ref

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if ref is not UNSET:
            field_dict["ref"] = ref
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = PartyInRole(d.pop("role"))




        name = d.pop("name", UNSET)

        ref = d.pop("ref", UNSET)

        note = d.pop("note", UNSET)

        party_in = cls(
            role=role,
            name=name,
            ref=ref,
            note=note,
        )

        return party_in

