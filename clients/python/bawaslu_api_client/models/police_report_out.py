from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="PoliceReportOut")



@_attrs_define
class PoliceReportOut:
    """ 
        Attributes:
            number (str):
            received_by (str):
            received_at (datetime.datetime):
            complainant (str):
            note (str):
            recorded_by (str):
            recorded_at (datetime.datetime):
     """

    number: str
    received_by: str
    received_at: datetime.datetime
    complainant: str
    note: str
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        received_by = self.received_by

        received_at = self.received_at.isoformat()

        complainant = self.complainant

        note = self.note

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "number": number,
            "received_by": received_by,
            "received_at": received_at,
            "complainant": complainant,
            "note": note,
            "recorded_by": recorded_by,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        received_by = d.pop("received_by")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        complainant = d.pop("complainant")

        note = d.pop("note")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        police_report_out = cls(
            number=number,
            received_by=received_by,
            received_at=received_at,
            complainant=complainant,
            note=note,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )


        police_report_out.additional_properties = d
        return police_report_out

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
