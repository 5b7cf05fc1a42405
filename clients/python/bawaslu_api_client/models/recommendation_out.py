from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.violation_category import ViolationCategory
from typing import cast






T = TypeVar("T", bound="RecommendationOut")



@_attrs_define
class RecommendationOut:
    """ 
        Attributes:
            kind (str):
            forward_to (list[str]):
            agency_name (str):
            category (None | ViolationCategory):
            note (str):
     """

    kind: str
    forward_to: list[str]
    agency_name: str
    category: None | ViolationCategory
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        forward_to = self.forward_to



        agency_name = self.agency_name

        category: None | str
        if isinstance(self.category, ViolationCategory):
            category = self.category.value
        else:
            category = self.category

        note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "forward_to": forward_to,
            "agency_name": agency_name,
            "category": category,
            "note": note,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = d.pop("kind")

        forward_to = cast(list[str], d.pop("forward_to"))


        agency_name = d.pop("agency_name")

        def _parse_category(data: object) -> None | ViolationCategory:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ViolationCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ViolationCategory, data)

        category = _parse_category(d.pop("category"))


        note = d.pop("note")

        recommendation_out = cls(
            kind=kind,
            forward_to=forward_to,
            agency_name=agency_name,
            category=category,
            note=note,
        )


        recommendation_out.additional_properties = d
        return recommendation_out

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
