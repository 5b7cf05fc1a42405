from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.final_out import FinalOut
  from ..models.hearing_attendance import HearingAttendance
  from ..models.preliminary_out import PreliminaryOut





T = TypeVar("T", bound="HearingSessionOut")



@_attrs_define
class HearingSessionOut:
    """ 
        Attributes:
            id (UUID):
            number (int):
            agenda (str):
            title (str):
            held_at (datetime.datetime):
            place (str):
            public (bool):
            attendance (HearingAttendance):
            witnesses_heard (int):
            experts_heard (int):
            adjourned (bool):
            adjournment (str):
            minutes (str):
            minutes_evidence_id (None | UUID):
            transcript (str):
            transcript_evidence_id (None | UUID):
            preliminary (None | PreliminaryOut):
            final (FinalOut | None):
            late (bool): Held after the due time of the decision clock.
            recorded_by (str):
            recorded_at (datetime.datetime):
     """

    id: UUID
    number: int
    agenda: str
    title: str
    held_at: datetime.datetime
    place: str
    public: bool
    attendance: HearingAttendance
    witnesses_heard: int
    experts_heard: int
    adjourned: bool
    adjournment: str
    minutes: str
    minutes_evidence_id: None | UUID
    transcript: str
    transcript_evidence_id: None | UUID
    preliminary: None | PreliminaryOut
    final: FinalOut | None
    late: bool
    recorded_by: str
    recorded_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.final_out import FinalOut # noqa: PLC0415
        from ..models.hearing_attendance import HearingAttendance # noqa: PLC0415
        from ..models.preliminary_out import PreliminaryOut # noqa: PLC0415
        id = str(self.id)

        number = self.number

        agenda = self.agenda

        title = self.title

        held_at = self.held_at.isoformat()

        place = self.place

        public = self.public

        attendance = self.attendance.to_dict()

        witnesses_heard = self.witnesses_heard

        experts_heard = self.experts_heard

        adjourned = self.adjourned

        adjournment = self.adjournment

        minutes = self.minutes

        minutes_evidence_id: None | str
        if isinstance(self.minutes_evidence_id, UUID):
            minutes_evidence_id = str(self.minutes_evidence_id)
        else:
            minutes_evidence_id = self.minutes_evidence_id

        transcript = self.transcript

        transcript_evidence_id: None | str
        if isinstance(self.transcript_evidence_id, UUID):
            transcript_evidence_id = str(self.transcript_evidence_id)
        else:
            transcript_evidence_id = self.transcript_evidence_id

        preliminary: dict[str, Any] | None
        if isinstance(self.preliminary, PreliminaryOut):
            preliminary = self.preliminary.to_dict()
        else:
            preliminary = self.preliminary

        final: dict[str, Any] | None
        if isinstance(self.final, FinalOut):
            final = self.final.to_dict()
        else:
            final = self.final

        late = self.late

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "number": number,
            "agenda": agenda,
            "title": title,
            "held_at": held_at,
            "place": place,
            "public": public,
            "attendance": attendance,
            "witnesses_heard": witnesses_heard,
            "experts_heard": experts_heard,
            "adjourned": adjourned,
            "adjournment": adjournment,
            "minutes": minutes,
            "minutes_evidence_id": minutes_evidence_id,
            "transcript": transcript,
            "transcript_evidence_id": transcript_evidence_id,
            "preliminary": preliminary,
            "final": final,
            "late": late,
            "recorded_by": recorded_by,
            "recorded_at": recorded_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.final_out import FinalOut # noqa: PLC0415
        from ..models.hearing_attendance import HearingAttendance # noqa: PLC0415
        from ..models.preliminary_out import PreliminaryOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        number = d.pop("number")

        agenda = d.pop("agenda")

        title = d.pop("title")

        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))




        place = d.pop("place")

        public = d.pop("public")

        attendance = HearingAttendance.from_dict(d.pop("attendance"))




        witnesses_heard = d.pop("witnesses_heard")

        experts_heard = d.pop("experts_heard")

        adjourned = d.pop("adjourned")

        adjournment = d.pop("adjournment")

        minutes = d.pop("minutes")

        def _parse_minutes_evidence_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minutes_evidence_id_type_0 = UUID(data)



                return minutes_evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        minutes_evidence_id = _parse_minutes_evidence_id(d.pop("minutes_evidence_id"))


        transcript = d.pop("transcript")

        def _parse_transcript_evidence_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transcript_evidence_id_type_0 = UUID(data)



                return transcript_evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        transcript_evidence_id = _parse_transcript_evidence_id(d.pop("transcript_evidence_id"))


        def _parse_preliminary(data: object) -> None | PreliminaryOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preliminary_type_0 = PreliminaryOut.from_dict(data)



                return preliminary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreliminaryOut, data)

        preliminary = _parse_preliminary(d.pop("preliminary"))


        def _parse_final(data: object) -> FinalOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                final_type_0 = FinalOut.from_dict(data)



                return final_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinalOut | None, data)

        final = _parse_final(d.pop("final"))


        late = d.pop("late")

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        hearing_session_out = cls(
            id=id,
            number=number,
            agenda=agenda,
            title=title,
            held_at=held_at,
            place=place,
            public=public,
            attendance=attendance,
            witnesses_heard=witnesses_heard,
            experts_heard=experts_heard,
            adjourned=adjourned,
            adjournment=adjournment,
            minutes=minutes,
            minutes_evidence_id=minutes_evidence_id,
            transcript=transcript,
            transcript_evidence_id=transcript_evidence_id,
            preliminary=preliminary,
            final=final,
            late=late,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
        )


        hearing_session_out.additional_properties = d
        return hearing_session_out

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
