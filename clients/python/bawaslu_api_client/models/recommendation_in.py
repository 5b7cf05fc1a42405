from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.recommendation_in_forward_to_item import RecommendationInForwardToItem
from ..models.recommendation_in_kind import RecommendationInKind
from ..models.violation_category import ViolationCategory
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RecommendationIn")



@_attrs_define
class RecommendationIn:
    """ What the analysis recommends (rekomendasi).

        Attributes:
            kind (RecommendationInKind):
            forward_to (list[RecommendationInForwardToItem] | Unset): For `forward`: the addressees.
            agency_name (str | Unset): For `forward` to `agency`. Default: ''.
            category (None | Unset | ViolationCategory): The kind of violation the analysis finds, if any.
            note (str | Unset):  Default: ''.
     """

    kind: RecommendationInKind
    forward_to: list[RecommendationInForwardToItem] | Unset = UNSET
    agency_name: str | Unset = ''
    category: None | Unset | ViolationCategory = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        forward_to: list[str] | Unset = UNSET
        if not isinstance(self.forward_to, Unset):
            forward_to = []
            for forward_to_item_data in self.forward_to:
                forward_to_item = forward_to_item_data.value
                forward_to.append(forward_to_item)



        agency_name = self.agency_name

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ViolationCategory):
            category = self.category.value
        else:
            category = self.category

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if forward_to is not UNSET:
            field_dict["forward_to"] = forward_to
        if agency_name is not UNSET:
            field_dict["agency_name"] = agency_name
        if category is not UNSET:
            field_dict["category"] = category
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = RecommendationInKind(d.pop("kind"))




        _forward_to = d.pop("forward_to", UNSET)
        forward_to: list[RecommendationInForwardToItem] | Unset = UNSET
        if _forward_to is not UNSET:
            forward_to = []
            for forward_to_item_data in _forward_to:
                forward_to_item = RecommendationInForwardToItem(forward_to_item_data)



                forward_to.append(forward_to_item)


        agency_name = d.pop("agency_name", UNSET)

        def _parse_category(data: object) -> None | Unset | ViolationCategory:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ViolationCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViolationCategory, data)

        category = _parse_category(d.pop("category", UNSET))


        note = d.pop("note", UNSET)

        recommendation_in = cls(
            kind=kind,
            forward_to=forward_to,
            agency_name=agency_name,
            category=category,
            note=note,
        )

        return recommendation_in

