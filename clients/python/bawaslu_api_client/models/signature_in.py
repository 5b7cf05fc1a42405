from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SignatureIn")



@_attrs_define
class SignatureIn:
    """ 
        Attributes:
            present (bool | Unset):  Default: False.
            matches (bool | None | Unset):
     """

    present: bool | Unset = False
    matches: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        present = self.present

        matches: bool | None | Unset
        if isinstance(self.matches, Unset):
            matches = UNSET
        else:
            matches = self.matches


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if present is not UNSET:
            field_dict["present"] = present
        if matches is not UNSET:
            field_dict["matches"] = matches

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        present = d.pop("present", UNSET)

        def _parse_matches(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        matches = _parse_matches(d.pop("matches", UNSET))


        signature_in = cls(
            present=present,
            matches=matches,
        )

        return signature_in

