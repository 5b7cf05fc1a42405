from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="LetterheadOut")



@_attrs_define
class LetterheadOut:
    """ 
        Attributes:
            office (str):
            logo (None | str): SHA-256 of the logo (null: none).
            logo_type (None | str):
            updated_by (None | str):
            updated_at (datetime.datetime | None):
            version (int):
            address (str | Unset):  Default: ''.
            phone (str | Unset):  Default: ''.
            email (str | Unset):  Default: ''.
            website (str | Unset):  Default: ''.
            city (str | Unset): Where letters are signed. Default: ''.
            chair_name (str | Unset): Who signs as chair. Default: ''.
            chair_title (str | Unset): Default: `Ketua <office name>`. Default: ''.
     """

    office: str
    logo: None | str
    logo_type: None | str
    updated_by: None | str
    updated_at: datetime.datetime | None
    version: int
    address: str | Unset = ''
    phone: str | Unset = ''
    email: str | Unset = ''
    website: str | Unset = ''
    city: str | Unset = ''
    chair_name: str | Unset = ''
    chair_title: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        office = self.office

        logo: None | str
        logo = self.logo

        logo_type: None | str
        logo_type = self.logo_type

        updated_by: None | str
        updated_by = self.updated_by

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        version = self.version

        address = self.address

        phone = self.phone

        email = self.email

        website = self.website

        city = self.city

        chair_name = self.chair_name

        chair_title = self.chair_title


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "office": office,
            "logo": logo,
            "logo_type": logo_type,
            "updated_by": updated_by,
            "updated_at": updated_at,
            "version": version,
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
        office = d.pop("office")

        def _parse_logo(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo = _parse_logo(d.pop("logo"))


        def _parse_logo_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        logo_type = _parse_logo_type(d.pop("logo_type"))


        def _parse_updated_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        updated_by = _parse_updated_by(d.pop("updated_by"))


        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)



                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))


        version = d.pop("version")

        address = d.pop("address", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        website = d.pop("website", UNSET)

        city = d.pop("city", UNSET)

        chair_name = d.pop("chair_name", UNSET)

        chair_title = d.pop("chair_title", UNSET)

        letterhead_out = cls(
            office=office,
            logo=logo,
            logo_type=logo_type,
            updated_by=updated_by,
            updated_at=updated_at,
            version=version,
            address=address,
            phone=phone,
            email=email,
            website=website,
            city=city,
            chair_name=chair_name,
            chair_title=chair_title,
        )

        return letterhead_out

