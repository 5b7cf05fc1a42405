from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attendance import Attendance
from ..models.oath import Oath
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.minutes_in import MinutesIn





T = TypeVar("T", bound="ResultIn")



@_attrs_define
class ResultIn:
    """ 
        Attributes:
            invitee (UUID):
            attendance (Attendance):
            oath (None | Oath | Unset): Oath or promise taken (Form B.10, experts B.11) or refused; null: not offered. Only
                a person present can be sworn.
            minutes (MinutesIn | None | Unset): Required for a person present.
            minutes_evidence (None | Unset | UUID): The signed scan of the minutes: an evidence item of the case.
     """

    invitee: UUID
    attendance: Attendance
    oath: None | Oath | Unset = UNSET
    minutes: MinutesIn | None | Unset = UNSET
    minutes_evidence: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.minutes_in import MinutesIn # noqa: PLC0415
        invitee = str(self.invitee)

        attendance = self.attendance.value

        oath: None | str | Unset
        if isinstance(self.oath, Unset):
            oath = UNSET
        elif isinstance(self.oath, Oath):
            oath = self.oath.value
        else:
            oath = self.oath

        minutes: dict[str, Any] | None | Unset
        if isinstance(self.minutes, Unset):
            minutes = UNSET
        elif isinstance(self.minutes, MinutesIn):
            minutes = self.minutes.to_dict()
        else:
            minutes = self.minutes

        minutes_evidence: None | str | Unset
        if isinstance(self.minutes_evidence, Unset):
            minutes_evidence = UNSET
        elif isinstance(self.minutes_evidence, UUID):
            minutes_evidence = str(self.minutes_evidence)
        else:
            minutes_evidence = self.minutes_evidence


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "invitee": invitee,
            "attendance": attendance,
        })
        if oath is not UNSET:
            field_dict["oath"] = oath
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if minutes_evidence is not UNSET:
            field_dict["minutes_evidence"] = minutes_evidence

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_in import MinutesIn # noqa: PLC0415
        d = dict(src_dict)
        invitee = UUID(d.pop("invitee"))




        attendance = Attendance(d.pop("attendance"))




        def _parse_oath(data: object) -> None | Oath | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oath_type_0 = Oath(data)



                return oath_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Oath | Unset, data)

        oath = _parse_oath(d.pop("oath", UNSET))


        def _parse_minutes(data: object) -> MinutesIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minutes_type_0 = MinutesIn.from_dict(data)



                return minutes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MinutesIn | None | Unset, data)

        minutes = _parse_minutes(d.pop("minutes", UNSET))


        def _parse_minutes_evidence(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minutes_evidence_type_0 = UUID(data)



                return minutes_evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        minutes_evidence = _parse_minutes_evidence(d.pop("minutes_evidence", UNSET))


        result_in = cls(
            invitee=invitee,
            attendance=attendance,
            oath=oath,
            minutes=minutes,
            minutes_evidence=minutes_evidence,
        )

        return result_in

