from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OfficeUpdate")



@_attrs_define
class OfficeUpdate:
    """ Editable fields of an office; send only those that change.

        Attributes:
            name (None | str | Unset):
            register_code (None | str | Unset):
     """

    name: None | str | Unset = UNSET
    register_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        register_code: None | str | Unset
        if isinstance(self.register_code, Unset):
            register_code = UNSET
        else:
            register_code = self.register_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if register_code is not UNSET:
            field_dict["register_code"] = register_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_register_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_code = _parse_register_code(d.pop("register_code", UNSET))


        office_update = cls(
            name=name,
            register_code=register_code,
        )

        return office_update

