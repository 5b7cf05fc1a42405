from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.scope import Scope
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ClientCreated")



@_attrs_define
class ClientCreated:
    """ 
        Attributes:
            id (UUID):
            client_id (str):
            name (str):
            office (str):
            scopes (list[Scope]):
            created_at (datetime.datetime):
            created_by (str):
            last_used_at (datetime.datetime | None): When it last got an access token.
            revoked_at (datetime.datetime | None):
            client_secret (str): Shown once: store it now. Only its SHA-256 is kept by the service.
     """

    id: UUID
    client_id: str
    name: str
    office: str
    scopes: list[Scope]
    created_at: datetime.datetime
    created_by: str
    last_used_at: datetime.datetime | None
    revoked_at: datetime.datetime | None
    client_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        client_id = self.client_id

        name = self.name

        office = self.office

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)



        created_at = self.created_at.isoformat()

        created_by = self.created_by

        last_used_at: None | str
        if isinstance(self.last_used_at, datetime.datetime):
            last_used_at = self.last_used_at.isoformat()
        else:
            last_used_at = self.last_used_at

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at

        client_secret = self.client_secret


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "client_id": client_id,
            "name": name,
            "office": office,
            "scopes": scopes,
            "created_at": created_at,
            "created_by": created_by,
            "last_used_at": last_used_at,
            "revoked_at": revoked_at,
            "client_secret": client_secret,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        client_id = d.pop("client_id")

        name = d.pop("name")

        office = d.pop("office")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            scopes_item = Scope(scopes_item_data)



            scopes.append(scopes_item)


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        created_by = d.pop("created_by")

        def _parse_last_used_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_used_at_type_0 = datetime.datetime.fromisoformat(data)



                return last_used_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_used_at = _parse_last_used_at(d.pop("last_used_at"))


        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))


        client_secret = d.pop("client_secret")

        client_created = cls(
            id=id,
            client_id=client_id,
            name=name,
            office=office,
            scopes=scopes,
            created_at=created_at,
            created_by=created_by,
            last_used_at=last_used_at,
            revoked_at=revoked_at,
            client_secret=client_secret,
        )


        client_created.additional_properties = d
        return client_created

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
