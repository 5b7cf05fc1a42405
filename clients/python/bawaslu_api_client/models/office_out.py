from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.office_level import OfficeLevel
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="OfficeOut")



@_attrs_define
class OfficeOut:
    """ One supervisory office.

        Attributes:
            id (UUID):
            code (str): Kemendagri region code (`52.03`); `ID` for Bawaslu RI.
            name (str):
            level (OfficeLevel): Levels of the supervisory hierarchy (docs/legal/rules.md §6).
            level_label (str): Indonesian name of the level, e.g. `Kabupaten`.
            parent_code (None | str): Code of the parent office; null for `ID`.
            timezone (str):
            register_code (str): Region segment of register numbers, assigned by Bawaslu (spec §7).
            path (str): Codes from the root (`/ID/52/52.03/`): a subtree is a prefix.
            province_code (None | str):
            version (int): Bumped by every change; the ETag is `"<version>"`.
     """

    id: UUID
    code: str
    name: str
    level: OfficeLevel
    level_label: str
    parent_code: None | str
    timezone: str
    register_code: str
    path: str
    province_code: None | str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        code = self.code

        name = self.name

        level = self.level.value

        level_label = self.level_label

        parent_code: None | str
        parent_code = self.parent_code

        timezone = self.timezone

        register_code = self.register_code

        path = self.path

        province_code: None | str
        province_code = self.province_code

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "code": code,
            "name": name,
            "level": level,
            "level_label": level_label,
            "parent_code": parent_code,
            "timezone": timezone,
            "register_code": register_code,
            "path": path,
            "province_code": province_code,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        code = d.pop("code")

        name = d.pop("name")

        level = OfficeLevel(d.pop("level"))




        level_label = d.pop("level_label")

        def _parse_parent_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parent_code = _parse_parent_code(d.pop("parent_code"))


        timezone = d.pop("timezone")

        register_code = d.pop("register_code")

        path = d.pop("path")

        def _parse_province_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        province_code = _parse_province_code(d.pop("province_code"))


        version = d.pop("version")

        office_out = cls(
            id=id,
            code=code,
            name=name,
            level=level,
            level_label=level_label,
            parent_code=parent_code,
            timezone=timezone,
            register_code=register_code,
            path=path,
            province_code=province_code,
            version=version,
        )


        office_out.additional_properties = d
        return office_out

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
