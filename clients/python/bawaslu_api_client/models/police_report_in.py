from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.police_report_in_complainant import PoliceReportInComplainant
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PoliceReportIn")



@_attrs_define
class PoliceReportIn:
    """ 
        Attributes:
            number (str): Nomor laporan polisi (LP).
            received_by (str): SPKT officer who received it.
            received_at (datetime.datetime): When the police received the file.
            complainant (PoliceReportInComplainant): The reporter is the complainant; for a finding, the supervisor
                (Perbawaslu 3/2023 Art. 27).
            note (str | Unset):  Default: ''.
     """

    number: str
    received_by: str
    received_at: datetime.datetime
    complainant: PoliceReportInComplainant
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        received_by = self.received_by

        received_at = self.received_at.isoformat()

        complainant = self.complainant.value

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "number": number,
            "received_by": received_by,
            "received_at": received_at,
            "complainant": complainant,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        received_by = d.pop("received_by")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        complainant = PoliceReportInComplainant(d.pop("complainant"))




        note = d.pop("note", UNSET)

        police_report_in = cls(
            number=number,
            received_by=received_by,
            received_at=received_at,
            complainant=complainant,
            note=note,
        )

        return police_report_in

