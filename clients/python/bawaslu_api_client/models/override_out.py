from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.override_action import OverrideAction
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="OverrideOut")



@_attrs_define
class OverrideOut:
    """ 
        Attributes:
            id (UUID):
            day (datetime.date):
            action (OverrideAction):
            category (None | str):
            name (str):
            decree (str):
            reason (str):
            created_by (str):
            created_at (datetime.datetime):
            revoked_by (None | str):
            revoked_at (datetime.datetime | None):
     """

    id: UUID
    day: datetime.date
    action: OverrideAction
    category: None | str
    name: str
    decree: str
    reason: str
    created_by: str
    created_at: datetime.datetime
    revoked_by: None | str
    revoked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        day = self.day.isoformat()

        action = self.action.value

        category: None | str
        category = self.category

        name = self.name

        decree = self.decree

        reason = self.reason

        created_by = self.created_by

        created_at = self.created_at.isoformat()

        revoked_by: None | str
        revoked_by = self.revoked_by

        revoked_at: None | str
        if isinstance(self.revoked_at, datetime.datetime):
            revoked_at = self.revoked_at.isoformat()
        else:
            revoked_at = self.revoked_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "day": day,
            "action": action,
            "category": category,
            "name": name,
            "decree": decree,
            "reason": reason,
            "created_by": created_by,
            "created_at": created_at,
            "revoked_by": revoked_by,
            "revoked_at": revoked_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        day = datetime.date.fromisoformat(d.pop("day"))




        action = OverrideAction(d.pop("action"))




        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))


        name = d.pop("name")

        decree = d.pop("decree")

        reason = d.pop("reason")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_revoked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        revoked_by = _parse_revoked_by(d.pop("revoked_by"))


        def _parse_revoked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                revoked_at_type_0 = datetime.datetime.fromisoformat(data)



                return revoked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        revoked_at = _parse_revoked_at(d.pop("revoked_at"))


        override_out = cls(
            id=id,
            day=day,
            action=action,
            category=category,
            name=name,
            decree=decree,
            reason=reason,
            created_by=created_by,
            created_at=created_at,
            revoked_by=revoked_by,
            revoked_at=revoked_at,
        )


        override_out.additional_properties = d
        return override_out

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
