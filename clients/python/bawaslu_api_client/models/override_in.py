from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.override_action import OverrideAction
from ..models.override_in_category_type_0 import OverrideInCategoryType0
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="OverrideIn")



@_attrs_define
class OverrideIn:
    """ 
        Attributes:
            day (datetime.date):
            action (OverrideAction):
            decree (str): The decree (e.g. Keppres 33/2024).
            category (None | OverrideInCategoryType0 | Unset): Required for `add`.
            name (str | Unset):  Default: ''.
            reason (str | Unset):  Default: ''.
     """

    day: datetime.date
    action: OverrideAction
    decree: str
    category: None | OverrideInCategoryType0 | Unset = UNSET
    name: str | Unset = ''
    reason: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        action = self.action.value

        decree = self.decree

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, OverrideInCategoryType0):
            category = self.category.value
        else:
            category = self.category

        name = self.name

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "day": day,
            "action": action,
            "decree": decree,
        })
        if category is not UNSET:
            field_dict["category"] = category
        if name is not UNSET:
            field_dict["name"] = name
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day = datetime.date.fromisoformat(d.pop("day"))




        action = OverrideAction(d.pop("action"))




        decree = d.pop("decree")

        def _parse_category(data: object) -> None | OverrideInCategoryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = OverrideInCategoryType0(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OverrideInCategoryType0 | Unset, data)

        category = _parse_category(d.pop("category", UNSET))


        name = d.pop("name", UNSET)

        reason = d.pop("reason", UNSET)

        override_in = cls(
            day=day,
            action=action,
            decree=decree,
            category=category,
            name=name,
            reason=reason,
        )

        return override_in

