from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast






T = TypeVar("T", bound="UserCreate")



@_attrs_define
class UserCreate:
    """ A new staff account in an office of the admin's subtree.

        Attributes:
            username (str): Lower-case login name, e.g. `handler.lotim`.
            display_name (str):
            office (str): Office code, e.g. `52.03`.
            roles (list[Role]):
            password (str): At least 12 characters; stored only as an argon2id hash.
     """

    username: str
    display_name: str
    office: str
    roles: list[Role]
    password: str





    def to_dict(self) -> dict[str, Any]:
        username = self.username

        display_name = self.display_name

        office = self.office

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)



        password = self.password


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "username": username,
            "display_name": display_name,
            "office": office,
            "roles": roles,
            "password": password,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        display_name = d.pop("display_name")

        office = d.pop("office")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = Role(roles_item_data)



            roles.append(roles_item)


        password = d.pop("password")

        user_create = cls(
            username=username,
            display_name=display_name,
            office=office,
            roles=roles,
            password=password,
        )

        return user_create

