from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.dossier_item_out import DossierItemOut





T = TypeVar("T", bound="DossierOut")



@_attrs_define
class DossierOut:
    """ 
        Attributes:
            basis (str):
            confidence (str):
            complete (bool):
            missing (list[str]):
            items (list[DossierItemOut]):
     """

    basis: str
    confidence: str
    complete: bool
    missing: list[str]
    items: list[DossierItemOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.dossier_item_out import DossierItemOut # noqa: PLC0415
        basis = self.basis

        confidence = self.confidence

        complete = self.complete

        missing = self.missing



        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "confidence": confidence,
            "complete": complete,
            "missing": missing,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dossier_item_out import DossierItemOut # noqa: PLC0415
        d = dict(src_dict)
        basis = d.pop("basis")

        confidence = d.pop("confidence")

        complete = d.pop("complete")

        missing = cast(list[str], d.pop("missing"))


        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = DossierItemOut.from_dict(items_item_data)



            items.append(items_item)


        dossier_out = cls(
            basis=basis,
            confidence=confidence,
            complete=complete,
            missing=missing,
            items=items,
        )


        dossier_out.additional_properties = d
        return dossier_out

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
