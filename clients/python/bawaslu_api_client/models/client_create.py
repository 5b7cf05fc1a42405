from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.scope import Scope
from typing import cast






T = TypeVar("T", bound="ClientCreate")



@_attrs_define
class ClientCreate:
    """ A new machine client bound to an office of the admin's subtree.

        Attributes:
            name (str): Who runs it and what for.
            office (str): Office code: the client's jurisdiction.
            scopes (list[Scope]):
     """

    name: str
    office: str
    scopes: list[Scope]





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        office = self.office

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "office": office,
            "scopes": scopes,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        office = d.pop("office")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in (_scopes):
            scopes_item = Scope(scopes_item_data)



            scopes.append(scopes_item)


        client_create = cls(
            name=name,
            office=office,
            scopes=scopes,
        )

        return client_create

