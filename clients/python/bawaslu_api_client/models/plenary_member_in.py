from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.plenary_member_in_role import PlenaryMemberInRole
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PlenaryMemberIn")



@_attrs_define
class PlenaryMemberIn:
    """ 
        Attributes:
            name (str):
            role (PlenaryMemberInRole): Exactly one present member chairs.
            subject (None | str | Unset): Their staff account, if any.
     """

    name: str
    role: PlenaryMemberInRole
    subject: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        role = self.role.value

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "role": role,
        })
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        role = PlenaryMemberInRole(d.pop("role"))




        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))


        plenary_member_in = cls(
            name=name,
            role=role,
            subject=subject,
        )

        return plenary_member_in

