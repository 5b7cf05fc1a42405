from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="RegisterBookIn")



@_attrs_define
class RegisterBookIn:
    """ 
        Attributes:
            year (int):
            supersedes (None | Unset | UUID):
            reason (None | str | Unset):
     """

    year: int
    supersedes: None | Unset | UUID = UNSET
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        year = self.year

        supersedes: None | str | Unset
        if isinstance(self.supersedes, Unset):
            supersedes = UNSET
        elif isinstance(self.supersedes, UUID):
            supersedes = str(self.supersedes)
        else:
            supersedes = self.supersedes

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "year": year,
        })
        if supersedes is not UNSET:
            field_dict["supersedes"] = supersedes
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        year = d.pop("year")

        def _parse_supersedes(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supersedes_type_0 = UUID(data)



                return supersedes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        supersedes = _parse_supersedes(d.pop("supersedes", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        register_book_in = cls(
            year=year,
            supersedes=supersedes,
            reason=reason,
        )

        return register_book_in

