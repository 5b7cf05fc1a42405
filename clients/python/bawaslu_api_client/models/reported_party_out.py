from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reported_party_type import ReportedPartyType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ReportedPartyOut")



@_attrs_define
class ReportedPartyOut:
    """ 
        Attributes:
            name (str | Unset):  Default: ''.
            address (str | Unset):  Default: ''.
            type_ (None | ReportedPartyType | Unset): Who the party is. For an administrative report it must be one of the
                closed list (every value but `other`); `other` (a village head, a civil servant, ...) makes an administrative
                report fail `reported_type_not_allowed`.
            position (str | Unset): The party's position or office as written (`Kepala Desa`, `Ketua KPPS TPS 03`): shown in
                the documents next to the name; free text, unlike `type`. Default: ''.
     """

    name: str | Unset = ''
    address: str | Unset = ''
    type_: None | ReportedPartyType | Unset = UNSET
    position: str | Unset = ''
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        address = self.address

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, ReportedPartyType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        position = self.position


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        address = d.pop("address", UNSET)

        def _parse_type_(data: object) -> None | ReportedPartyType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = ReportedPartyType(data)



                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportedPartyType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))


        position = d.pop("position", UNSET)

        reported_party_out = cls(
            name=name,
            address=address,
            type_=type_,
            position=position,
        )


        reported_party_out.additional_properties = d
        return reported_party_out

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
