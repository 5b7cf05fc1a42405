from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.role import Role
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="UserOut")



@_attrs_define
class UserOut:
    """ A staff account. Never carries the password hash.

        Attributes:
            id (UUID):
            username (str):
            display_name (str):
            office (str): Office code.
            roles (list[Role]):
            disabled (bool):
            disabled_at (datetime.datetime | None):
            locked_until (datetime.datetime | None): Set while the account is locked out.
            last_login_at (datetime.datetime | None):
            created_at (datetime.datetime):
            version (int):
     """

    id: UUID
    username: str
    display_name: str
    office: str
    roles: list[Role]
    disabled: bool
    disabled_at: datetime.datetime | None
    locked_until: datetime.datetime | None
    last_login_at: datetime.datetime | None
    created_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        username = self.username

        display_name = self.display_name

        office = self.office

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)



        disabled = self.disabled

        disabled_at: None | str
        if isinstance(self.disabled_at, datetime.datetime):
            disabled_at = self.disabled_at.isoformat()
        else:
            disabled_at = self.disabled_at

        locked_until: None | str
        if isinstance(self.locked_until, datetime.datetime):
            locked_until = self.locked_until.isoformat()
        else:
            locked_until = self.locked_until

        last_login_at: None | str
        if isinstance(self.last_login_at, datetime.datetime):
            last_login_at = self.last_login_at.isoformat()
        else:
            last_login_at = self.last_login_at

        created_at = self.created_at.isoformat()

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "username": username,
            "display_name": display_name,
            "office": office,
            "roles": roles,
            "disabled": disabled,
            "disabled_at": disabled_at,
            "locked_until": locked_until,
            "last_login_at": last_login_at,
            "created_at": created_at,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        username = d.pop("username")

        display_name = d.pop("display_name")

        office = d.pop("office")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in (_roles):
            roles_item = Role(roles_item_data)



            roles.append(roles_item)


        disabled = d.pop("disabled")

        def _parse_disabled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                disabled_at_type_0 = datetime.datetime.fromisoformat(data)



                return disabled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        disabled_at = _parse_disabled_at(d.pop("disabled_at"))


        def _parse_locked_until(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locked_until_type_0 = datetime.datetime.fromisoformat(data)



                return locked_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        locked_until = _parse_locked_until(d.pop("locked_until"))


        def _parse_last_login_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_login_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_login_at = _parse_last_login_at(d.pop("last_login_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        version = d.pop("version")

        user_out = cls(
            id=id,
            username=username,
            display_name=display_name,
            office=office,
            roles=roles,
            disabled=disabled,
            disabled_at=disabled_at,
            locked_until=locked_until,
            last_login_at=last_login_at,
            created_at=created_at,
            version=version,
        )


        user_out.additional_properties = d
        return user_out

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
