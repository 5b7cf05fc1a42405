from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="Official")



@_attrs_define
class Official:
    """ A member of the panel or of its secretariat (an official, not a party).

        Attributes:
            name (str):
            position (str | Unset):  Default: ''.
     """

    name: str
    position: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        position = self.position


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        position = d.pop("position", UNSET)

        official = cls(
            name=name,
            position=position,
        )

        return official

