from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.person_role import PersonRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PersonIn")



@_attrs_define
class PersonIn:
    """ A witness (saksi) or expert (ahli) of the case (Perbawaslu 7/2022 Art. 28(1)).

        Attributes:
            role (PersonRole):
            intake_witness (int | None | Unset): Position (from 0) of a witness named at intake (the report form's
                witnesses): the person is that witness, and its name, address and phone are taken from there unless given here.
                Intake's record stays as it was.
            name (None | str | Unset):
            address (None | str | Unset):
            phone (None | str | Unset):
            email (None | str | Unset):
            expertise (str | Unset): An expert's field (Form B.11). Default: ''.
     """

    role: PersonRole
    intake_witness: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    expertise: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        intake_witness: int | None | Unset
        if isinstance(self.intake_witness, Unset):
            intake_witness = UNSET
        else:
            intake_witness = self.intake_witness

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        expertise = self.expertise


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
        })
        if intake_witness is not UNSET:
            field_dict["intake_witness"] = intake_witness
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if expertise is not UNSET:
            field_dict["expertise"] = expertise

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = PersonRole(d.pop("role"))




        def _parse_intake_witness(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        intake_witness = _parse_intake_witness(d.pop("intake_witness", UNSET))


        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))


        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))


        expertise = d.pop("expertise", UNSET)

        person_in = cls(
            role=role,
            intake_witness=intake_witness,
            name=name,
            address=address,
            phone=phone,
            email=email,
            expertise=expertise,
        )

        return person_in

