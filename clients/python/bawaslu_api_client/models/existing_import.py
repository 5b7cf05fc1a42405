from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ExistingImport")



@_attrs_define
class ExistingImport:
    """ Who imported an external id first, for an item answered `duplicate`.

        Attributes:
            imported_by (str): The caller that imported it: a user name, or `client:<client_id>`.
            imported_at (datetime.datetime):
            by_you (bool): Whether you imported it yourself (a re-run).
            imported_by_name (None | str | Unset): That user's display name or that client's name, if it still exists.
            register_number (None | str | Unset): The case's register number, once registered and if you see it.
     """

    imported_by: str
    imported_at: datetime.datetime
    by_you: bool
    imported_by_name: None | str | Unset = UNSET
    register_number: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        imported_by = self.imported_by

        imported_at = self.imported_at.isoformat()

        by_you = self.by_you

        imported_by_name: None | str | Unset
        if isinstance(self.imported_by_name, Unset):
            imported_by_name = UNSET
        else:
            imported_by_name = self.imported_by_name

        register_number: None | str | Unset
        if isinstance(self.register_number, Unset):
            register_number = UNSET
        else:
            register_number = self.register_number


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "imported_by": imported_by,
            "imported_at": imported_at,
            "by_you": by_you,
        })
        if imported_by_name is not UNSET:
            field_dict["imported_by_name"] = imported_by_name
        if register_number is not UNSET:
            field_dict["register_number"] = register_number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imported_by = d.pop("imported_by")

        imported_at = datetime.datetime.fromisoformat(d.pop("imported_at"))




        by_you = d.pop("by_you")

        def _parse_imported_by_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        imported_by_name = _parse_imported_by_name(d.pop("imported_by_name", UNSET))


        def _parse_register_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_number = _parse_register_number(d.pop("register_number", UNSET))


        existing_import = cls(
            imported_by=imported_by,
            imported_at=imported_at,
            by_you=by_you,
            imported_by_name=imported_by_name,
            register_number=register_number,
        )


        existing_import.additional_properties = d
        return existing_import

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
