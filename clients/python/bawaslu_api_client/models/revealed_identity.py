from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.witness_out import WitnessOut





T = TypeVar("T", bound="RevealedIdentity")



@_attrs_define
class RevealedIdentity:
    """ Unmasked personal data. Every reveal is on the access log and the timeline.

        Attributes:
            category (None | str):
            name (str):
            nik (str):
            address (str):
            phone (str):
            email (str):
            witnesses (list[WitnessOut]):
     """

    category: None | str
    name: str
    nik: str
    address: str
    phone: str
    email: str
    witnesses: list[WitnessOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.witness_out import WitnessOut # noqa: PLC0415
        category: None | str
        category = self.category

        name = self.name

        nik = self.nik

        address = self.address

        phone = self.phone

        email = self.email

        witnesses = []
        for witnesses_item_data in self.witnesses:
            witnesses_item = witnesses_item_data.to_dict()
            witnesses.append(witnesses_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
            "name": name,
            "nik": nik,
            "address": address,
            "phone": phone,
            "email": email,
            "witnesses": witnesses,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.witness_out import WitnessOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))


        name = d.pop("name")

        nik = d.pop("nik")

        address = d.pop("address")

        phone = d.pop("phone")

        email = d.pop("email")

        witnesses = []
        _witnesses = d.pop("witnesses")
        for witnesses_item_data in (_witnesses):
            witnesses_item = WitnessOut.from_dict(witnesses_item_data)



            witnesses.append(witnesses_item)


        revealed_identity = cls(
            category=category,
            name=name,
            nik=nik,
            address=address,
            phone=phone,
            email=email,
            witnesses=witnesses,
        )


        revealed_identity.additional_properties = d
        return revealed_identity

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
