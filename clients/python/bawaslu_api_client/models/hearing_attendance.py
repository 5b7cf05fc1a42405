from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="HearingAttendance")



@_attrs_define
class HearingAttendance:
    """ 
        Attributes:
            reporter (bool): The reporter (pelapor) present.
            reported (bool): The reported party (terlapor) present.
     """

    reporter: bool
    reported: bool





    def to_dict(self) -> dict[str, Any]:
        reporter = self.reporter

        reported = self.reported


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reporter": reporter,
            "reported": reported,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reporter = d.pop("reporter")

        reported = d.pop("reported")

        hearing_attendance = cls(
            reporter=reporter,
            reported=reported,
        )

        return hearing_attendance

