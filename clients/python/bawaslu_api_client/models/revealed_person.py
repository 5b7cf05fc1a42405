from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.person_role import PersonRole
from uuid import UUID






T = TypeVar("T", bound="RevealedPerson")



@_attrs_define
class RevealedPerson:
    """ Unmasked contact data. Every reveal is on the access log and the timeline.

        Attributes:
            id (UUID):
            role (PersonRole):
            name (str):
            address (str):
            phone (str):
            email (str):
     """

    id: UUID
    role: PersonRole
    name: str
    address: str
    phone: str
    email: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        role = self.role.value

        name = self.name

        address = self.address

        phone = self.phone

        email = self.email


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "role": role,
            "name": name,
            "address": address,
            "phone": phone,
            "email": email,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        role = PersonRole(d.pop("role"))




        name = d.pop("name")

        address = d.pop("address")

        phone = d.pop("phone")

        email = d.pop("email")

        revealed_person = cls(
            id=id,
            role=role,
            name=name,
            address=address,
            phone=phone,
            email=email,
        )


        revealed_person.additional_properties = d
        return revealed_person

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
