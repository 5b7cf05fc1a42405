from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="OfficerLoad")



@_attrs_define
class OfficerLoad:
    """ 
        Attributes:
            officer (str):
            display_name (None | str):
            office (str):
            open_cases (int): Open cases the officer is assigned to, in any role.
            handling (int): Of them, as the handling officer.
            overdue_clocks (int): Pending clocks past due on those cases.
            next_due_at (datetime.datetime | None): The soonest pending clock among them.
     """

    officer: str
    display_name: None | str
    office: str
    open_cases: int
    handling: int
    overdue_clocks: int
    next_due_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        officer = self.officer

        display_name: None | str
        display_name = self.display_name

        office = self.office

        open_cases = self.open_cases

        handling = self.handling

        overdue_clocks = self.overdue_clocks

        next_due_at: None | str
        if isinstance(self.next_due_at, datetime.datetime):
            next_due_at = self.next_due_at.isoformat()
        else:
            next_due_at = self.next_due_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "officer": officer,
            "display_name": display_name,
            "office": office,
            "open_cases": open_cases,
            "handling": handling,
            "overdue_clocks": overdue_clocks,
            "next_due_at": next_due_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        officer = d.pop("officer")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name"))


        office = d.pop("office")

        open_cases = d.pop("open_cases")

        handling = d.pop("handling")

        overdue_clocks = d.pop("overdue_clocks")

        def _parse_next_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_due_at = _parse_next_due_at(d.pop("next_due_at"))


        officer_load = cls(
            officer=officer,
            display_name=display_name,
            office=office,
            open_cases=open_cases,
            handling=handling,
            overdue_clocks=overdue_clocks,
            next_due_at=next_due_at,
        )


        officer_load.additional_properties = d
        return officer_load

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
