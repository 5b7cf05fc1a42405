from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.hearing_session_in_agenda import HearingSessionInAgenda
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.final_in import FinalIn
  from ..models.hearing_attendance import HearingAttendance
  from ..models.preliminary_in import PreliminaryIn





T = TypeVar("T", bound="HearingSessionIn")



@_attrs_define
class HearingSessionIn:
    """ 
        Attributes:
            agenda (HearingSessionInAgenda): preliminary_examination, preliminary_decision, report_reading, answer,
                evidence, witnesses_experts, conclusions, final_decision.
            held_at (datetime.datetime):
            attendance (HearingAttendance):
            place (str | Unset):  Default: ''.
            public (bool | Unset): Open to the public; a final decision is read in public. Default: True.
            witnesses_heard (int | Unset):  Default: 0.
            experts_heard (int | Unset):  Default: 0.
            minutes (str | Unset): ADM.BA-SP, as text ... Default: ''.
            minutes_evidence_id (None | Unset | UUID): ... or the signed scan.
            transcript (str | Unset): ADM.RISALAH, as text ... Default: ''.
            transcript_evidence_id (None | Unset | UUID): ... or as a file.
            preliminary (None | PreliminaryIn | Unset): With `preliminary_decision`.
            final (FinalIn | None | Unset): With `final_decision`.
     """

    agenda: HearingSessionInAgenda
    held_at: datetime.datetime
    attendance: HearingAttendance
    place: str | Unset = ''
    public: bool | Unset = True
    witnesses_heard: int | Unset = 0
    experts_heard: int | Unset = 0
    minutes: str | Unset = ''
    minutes_evidence_id: None | Unset | UUID = UNSET
    transcript: str | Unset = ''
    transcript_evidence_id: None | Unset | UUID = UNSET
    preliminary: None | PreliminaryIn | Unset = UNSET
    final: FinalIn | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.final_in import FinalIn # noqa: PLC0415
        from ..models.hearing_attendance import HearingAttendance # noqa: PLC0415
        from ..models.preliminary_in import PreliminaryIn # noqa: PLC0415
        agenda = self.agenda.value

        held_at = self.held_at.isoformat()

        attendance = self.attendance.to_dict()

        place = self.place

        public = self.public

        witnesses_heard = self.witnesses_heard

        experts_heard = self.experts_heard

        minutes = self.minutes

        minutes_evidence_id: None | str | Unset
        if isinstance(self.minutes_evidence_id, Unset):
            minutes_evidence_id = UNSET
        elif isinstance(self.minutes_evidence_id, UUID):
            minutes_evidence_id = str(self.minutes_evidence_id)
        else:
            minutes_evidence_id = self.minutes_evidence_id

        transcript = self.transcript

        transcript_evidence_id: None | str | Unset
        if isinstance(self.transcript_evidence_id, Unset):
            transcript_evidence_id = UNSET
        elif isinstance(self.transcript_evidence_id, UUID):
            transcript_evidence_id = str(self.transcript_evidence_id)
        else:
            transcript_evidence_id = self.transcript_evidence_id

        preliminary: dict[str, Any] | None | Unset
        if isinstance(self.preliminary, Unset):
            preliminary = UNSET
        elif isinstance(self.preliminary, PreliminaryIn):
            preliminary = self.preliminary.to_dict()
        else:
            preliminary = self.preliminary

        final: dict[str, Any] | None | Unset
        if isinstance(self.final, Unset):
            final = UNSET
        elif isinstance(self.final, FinalIn):
            final = self.final.to_dict()
        else:
            final = self.final


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agenda": agenda,
            "held_at": held_at,
            "attendance": attendance,
        })
        if place is not UNSET:
            field_dict["place"] = place
        if public is not UNSET:
            field_dict["public"] = public
        if witnesses_heard is not UNSET:
            field_dict["witnesses_heard"] = witnesses_heard
        if experts_heard is not UNSET:
            field_dict["experts_heard"] = experts_heard
        if minutes is not UNSET:
            field_dict["minutes"] = minutes
        if minutes_evidence_id is not UNSET:
            field_dict["minutes_evidence_id"] = minutes_evidence_id
        if transcript is not UNSET:
            field_dict["transcript"] = transcript
        if transcript_evidence_id is not UNSET:
            field_dict["transcript_evidence_id"] = transcript_evidence_id
        if preliminary is not UNSET:
            field_dict["preliminary"] = preliminary
        if final is not UNSET:
            field_dict["final"] = final

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.final_in import FinalIn # noqa: PLC0415
        from ..models.hearing_attendance import HearingAttendance # noqa: PLC0415
        from ..models.preliminary_in import PreliminaryIn # noqa: PLC0415
        d = dict(src_dict)
        agenda = HearingSessionInAgenda(d.pop("agenda"))




        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))




        attendance = HearingAttendance.from_dict(d.pop("attendance"))




        place = d.pop("place", UNSET)

        public = d.pop("public", UNSET)

        witnesses_heard = d.pop("witnesses_heard", UNSET)

        experts_heard = d.pop("experts_heard", UNSET)

        minutes = d.pop("minutes", UNSET)

        def _parse_minutes_evidence_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minutes_evidence_id_type_0 = UUID(data)



                return minutes_evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        minutes_evidence_id = _parse_minutes_evidence_id(d.pop("minutes_evidence_id", UNSET))


        transcript = d.pop("transcript", UNSET)

        def _parse_transcript_evidence_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                transcript_evidence_id_type_0 = UUID(data)



                return transcript_evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        transcript_evidence_id = _parse_transcript_evidence_id(d.pop("transcript_evidence_id", UNSET))


        def _parse_preliminary(data: object) -> None | PreliminaryIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                preliminary_type_0 = PreliminaryIn.from_dict(data)



                return preliminary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PreliminaryIn | Unset, data)

        preliminary = _parse_preliminary(d.pop("preliminary", UNSET))


        def _parse_final(data: object) -> FinalIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                final_type_0 = FinalIn.from_dict(data)



                return final_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FinalIn | None | Unset, data)

        final = _parse_final(d.pop("final", UNSET))


        hearing_session_in = cls(
            agenda=agenda,
            held_at=held_at,
            attendance=attendance,
            place=place,
            public=public,
            witnesses_heard=witnesses_heard,
            experts_heard=experts_heard,
            minutes=minutes,
            minutes_evidence_id=minutes_evidence_id,
            transcript=transcript,
            transcript_evidence_id=transcript_evidence_id,
            preliminary=preliminary,
            final=final,
        )

        return hearing_session_in

