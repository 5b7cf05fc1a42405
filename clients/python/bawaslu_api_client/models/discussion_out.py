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
  from ..models.participant import Participant





T = TypeVar("T", bound="DiscussionOut")



@_attrs_define
class DiscussionOut:
    """ 
        Attributes:
            id (UUID):
            number (int):
            title (str):
            held_at (datetime.datetime):
            place (str):
            participants (list[Participant]):
            conclusion (str):
            articles (list[str]):
            notes (str):
            minutes_evidence_id (None | UUID):
            recorded_by (str):
            recorded_at (datetime.datetime):
            basis (str):
            confidence (str):
     """

    id: UUID
    number: int
    title: str
    held_at: datetime.datetime
    place: str
    participants: list[Participant]
    conclusion: str
    articles: list[str]
    notes: str
    minutes_evidence_id: None | UUID
    recorded_by: str
    recorded_at: datetime.datetime
    basis: str
    confidence: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.participant import Participant # noqa: PLC0415
        id = str(self.id)

        number = self.number

        title = self.title

        held_at = self.held_at.isoformat()

        place = self.place

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)



        conclusion = self.conclusion

        articles = self.articles



        notes = self.notes

        minutes_evidence_id: None | str
        if isinstance(self.minutes_evidence_id, UUID):
            minutes_evidence_id = str(self.minutes_evidence_id)
        else:
            minutes_evidence_id = self.minutes_evidence_id

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        basis = self.basis

        confidence = self.confidence


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "number": number,
            "title": title,
            "held_at": held_at,
            "place": place,
            "participants": participants,
            "conclusion": conclusion,
            "articles": articles,
            "notes": notes,
            "minutes_evidence_id": minutes_evidence_id,
            "recorded_by": recorded_by,
            "recorded_at": recorded_at,
            "basis": basis,
            "confidence": confidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant import Participant # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        number = d.pop("number")

        title = d.pop("title")

        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))




        place = d.pop("place")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in (_participants):
            participants_item = Participant.from_dict(participants_item_data)



            participants.append(participants_item)


        conclusion = d.pop("conclusion")

        articles = cast(list[str], d.pop("articles"))


        notes = d.pop("notes")

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


        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        basis = d.pop("basis")

        confidence = d.pop("confidence")

        discussion_out = cls(
            id=id,
            number=number,
            title=title,
            held_at=held_at,
            place=place,
            participants=participants,
            conclusion=conclusion,
            articles=articles,
            notes=notes,
            minutes_evidence_id=minutes_evidence_id,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
            basis=basis,
            confidence=confidence,
        )


        discussion_out.additional_properties = d
        return discussion_out

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
