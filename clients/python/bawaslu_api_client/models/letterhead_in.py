from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset






T = TypeVar("T", bound="LetterheadIn")



@_attrs_define
class LetterheadIn:
    """ 
        Attributes:
            address (str | Unset):  Default: ''.
            phone (str | Unset):  Default: ''.
            email (str | Unset):  Default: ''.
            website (str | Unset):  Default: ''.
            city (str | Unset): Where letters are signed. Default: ''.
            chair_name (str | Unset): Who signs as chair. Default: ''.
            chair_title (str | Unset): Default: `Ketua <office name>`. Default: ''.
     """

    address: str | Unset = ''
    phone: str | Unset = ''
    email: str | Unset = ''
    website: str | Unset = ''
    city: str | Unset = ''
    chair_name: str | Unset = ''
    chair_title: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        address = self.address

        phone = self.phone

        email = self.email

        website = self.website

        city = self.city

        chair_name = self.chair_name

        chair_title = self.chair_title


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if website is not UNSET:
            field_dict["website"] = website
        if city is not UNSET:
            field_dict["city"] = city
        if chair_name is not UNSET:
            field_dict["chair_name"] = chair_name
        if chair_title is not UNSET:
            field_dict["chair_title"] = chair_title

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        website = d.pop("website", UNSET)

        city = d.pop("city", UNSET)

        chair_name = d.pop("chair_name", UNSET)

        chair_title = d.pop("chair_title", UNSET)

        letterhead_in = cls(
            address=address,
            phone=phone,
            email=email,
            website=website,
            city=city,
            chair_name=chair_name,
            chair_title=chair_title,
        )

        return letterhead_in

