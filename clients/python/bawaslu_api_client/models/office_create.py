from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="OfficeCreate")



@_attrs_define
class OfficeCreate:
    """ A new Panwaslu Kecamatan (under a kabupaten/kota) or Kelurahan/Desa (under a kecamatan).

    The level follows from the parent; the time zone is the parent's.

        Attributes:
            parent_code (str):
            code (str): The parent's code plus one segment: two digits for a kecamatan (`52.03.01`), four for a
                kelurahan/desa (`52.03.01.2001`), three for the supervisor of a polling station (Pengawas TPS,
                `52.03.01.2001.001`).
            name (str):
            register_code (None | str | Unset): Defaults to `code`.
     """

    parent_code: str
    code: str
    name: str
    register_code: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        parent_code = self.parent_code

        code = self.code

        name = self.name

        register_code: None | str | Unset
        if isinstance(self.register_code, Unset):
            register_code = UNSET
        else:
            register_code = self.register_code


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "parent_code": parent_code,
            "code": code,
            "name": name,
        })
        if register_code is not UNSET:
            field_dict["register_code"] = register_code

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent_code = d.pop("parent_code")

        code = d.pop("code")

        name = d.pop("name")

        def _parse_register_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        register_code = _parse_register_code(d.pop("register_code", UNSET))


        office_create = cls(
            parent_code=parent_code,
            code=code,
            name=name,
            register_code=register_code,
        )

        return office_create

