from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reporter_in_category import ReporterInCategory
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReporterIn")



@_attrs_define
class ReporterIn:
    """ 
        Attributes:
            category (ReporterInCategory):
            name (str | Unset):  Default: ''.
            nik (str | Unset): 16-digit NIK (KTP-el). Default: ''.
            address (str | Unset):  Default: ''.
            phone (str | Unset):  Default: ''.
            email (str | Unset):  Default: ''.
            age (int | None | Unset):
            married (bool | None | Unset):
            registered_voter (bool | None | Unset):
            accredited (bool | None | Unset):
            power_of_attorney (bool | None | Unset):
     """

    category: ReporterInCategory
    name: str | Unset = ''
    nik: str | Unset = ''
    address: str | Unset = ''
    phone: str | Unset = ''
    email: str | Unset = ''
    age: int | None | Unset = UNSET
    married: bool | None | Unset = UNSET
    registered_voter: bool | None | Unset = UNSET
    accredited: bool | None | Unset = UNSET
    power_of_attorney: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        name = self.name

        nik = self.nik

        address = self.address

        phone = self.phone

        email = self.email

        age: int | None | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        married: bool | None | Unset
        if isinstance(self.married, Unset):
            married = UNSET
        else:
            married = self.married

        registered_voter: bool | None | Unset
        if isinstance(self.registered_voter, Unset):
            registered_voter = UNSET
        else:
            registered_voter = self.registered_voter

        accredited: bool | None | Unset
        if isinstance(self.accredited, Unset):
            accredited = UNSET
        else:
            accredited = self.accredited

        power_of_attorney: bool | None | Unset
        if isinstance(self.power_of_attorney, Unset):
            power_of_attorney = UNSET
        else:
            power_of_attorney = self.power_of_attorney


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if nik is not UNSET:
            field_dict["nik"] = nik
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if age is not UNSET:
            field_dict["age"] = age
        if married is not UNSET:
            field_dict["married"] = married
        if registered_voter is not UNSET:
            field_dict["registered_voter"] = registered_voter
        if accredited is not UNSET:
            field_dict["accredited"] = accredited
        if power_of_attorney is not UNSET:
            field_dict["power_of_attorney"] = power_of_attorney

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ReporterInCategory(d.pop("category"))




        name = d.pop("name", UNSET)

        nik = d.pop("nik", UNSET)

        address = d.pop("address", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        def _parse_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        age = _parse_age(d.pop("age", UNSET))


        def _parse_married(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        married = _parse_married(d.pop("married", UNSET))


        def _parse_registered_voter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        registered_voter = _parse_registered_voter(d.pop("registered_voter", UNSET))


        def _parse_accredited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accredited = _parse_accredited(d.pop("accredited", UNSET))


        def _parse_power_of_attorney(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        power_of_attorney = _parse_power_of_attorney(d.pop("power_of_attorney", UNSET))


        reporter_in = cls(
            category=category,
            name=name,
            nik=nik,
            address=address,
            phone=phone,
            email=email,
            age=age,
            married=married,
            registered_voter=registered_voter,
            accredited=accredited,
            power_of_attorney=power_of_attorney,
        )

        return reporter_in

