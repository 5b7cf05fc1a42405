from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RulesSignatureIn")



@_attrs_define
class RulesSignatureIn:
    """ 
        Attributes:
            present (bool | Unset):  Default: False.
            matches_identity (bool | None | Unset): Null: not checked.
     """

    present: bool | Unset = False
    matches_identity: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        present = self.present

        matches_identity: bool | None | Unset
        if isinstance(self.matches_identity, Unset):
            matches_identity = UNSET
        else:
            matches_identity = self.matches_identity


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if present is not UNSET:
            field_dict["present"] = present
        if matches_identity is not UNSET:
            field_dict["matches_identity"] = matches_identity

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        present = d.pop("present", UNSET)

        def _parse_matches_identity(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        matches_identity = _parse_matches_identity(d.pop("matches_identity", UNSET))


        rules_signature_in = cls(
            present=present,
            matches_identity=matches_identity,
        )


        rules_signature_in.additional_properties = d
        return rules_signature_in

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
