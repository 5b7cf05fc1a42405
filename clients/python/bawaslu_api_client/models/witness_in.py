from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="WitnessIn")



@_attrs_define
class WitnessIn:
    """ 
        Attributes:
            name (str):
            address (str | Unset):  Default: ''.
            phone (str | Unset):  Default: ''.
     """

    name: str
    address: str | Unset = ''
    phone: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address = self.address

        phone = self.phone


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
        })
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        address = d.pop("address", UNSET)

        phone = d.pop("phone", UNSET)

        witness_in = cls(
            name=name,
            address=address,
            phone=phone,
        )

        return witness_in

