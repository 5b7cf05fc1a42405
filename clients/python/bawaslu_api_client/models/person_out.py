from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.person_role import PersonRole
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="PersonOut")



@_attrs_define
class PersonOut:
    """ A person of the case; address, phone and e-mail masked.

        Attributes:
            id (UUID):
            role (PersonRole):
            name (str):
            address (str):
            phone (str):
            email (str):
            expertise (str):
            intake_witness (int | None):
            created_at (datetime.datetime):
            created_by (str):
     """

    id: UUID
    role: PersonRole
    name: str
    address: str
    phone: str
    email: str
    expertise: str
    intake_witness: int | None
    created_at: datetime.datetime
    created_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        role = self.role.value

        name = self.name

        address = self.address

        phone = self.phone

        email = self.email

        expertise = self.expertise

        intake_witness: int | None
        intake_witness = self.intake_witness

        created_at = self.created_at.isoformat()

        created_by = self.created_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "role": role,
            "name": name,
            "address": address,
            "phone": phone,
            "email": email,
            "expertise": expertise,
            "intake_witness": intake_witness,
            "created_at": created_at,
            "created_by": created_by,
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

        expertise = d.pop("expertise")

        def _parse_intake_witness(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        intake_witness = _parse_intake_witness(d.pop("intake_witness"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        person_out = cls(
            id=id,
            role=role,
            name=name,
            address=address,
            phone=phone,
            email=email,
            expertise=expertise,
            intake_witness=intake_witness,
            created_at=created_at,
            created_by=created_by,
        )


        person_out.additional_properties = d
        return person_out

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
