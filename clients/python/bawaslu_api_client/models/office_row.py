from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.durations import Durations





T = TypeVar("T", bound="OfficeRow")



@_attrs_define
class OfficeRow:
    """ One office directly below the scope office (or the scope office itself, for the
    cases it handles itself), with its whole subtree.

        Attributes:
            code (str):
            name (str):
            level (str):
            received (int):
            registered (int):
            decided (int):
            registration_days (Durations): Working days (the case's calendar: no weekends, no public holidays), over the
                cases
                that have the value.
            decision_days (Durations): Working days (the case's calendar: no weekends, no public holidays), over the cases
                that have the value.
     """

    code: str
    name: str
    level: str
    received: int
    registered: int
    decided: int
    registration_days: Durations
    decision_days: Durations
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.durations import Durations # noqa: PLC0415
        code = self.code

        name = self.name

        level = self.level

        received = self.received

        registered = self.registered

        decided = self.decided

        registration_days = self.registration_days.to_dict()

        decision_days = self.decision_days.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name": name,
            "level": level,
            "received": received,
            "registered": registered,
            "decided": decided,
            "registration_days": registration_days,
            "decision_days": decision_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.durations import Durations # noqa: PLC0415
        d = dict(src_dict)
        code = d.pop("code")

        name = d.pop("name")

        level = d.pop("level")

        received = d.pop("received")

        registered = d.pop("registered")

        decided = d.pop("decided")

        registration_days = Durations.from_dict(d.pop("registration_days"))




        decision_days = Durations.from_dict(d.pop("decision_days"))




        office_row = cls(
            code=code,
            name=name,
            level=level,
            received=received,
            registered=registered,
            decided=decided,
            registration_days=registration_days,
            decision_days=decision_days,
        )


        office_row.additional_properties = d
        return office_row

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
