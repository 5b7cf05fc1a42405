from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.discussion_in_conclusion import DiscussionInConclusion
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.participant import Participant





T = TypeVar("T", bound="DiscussionIn")



@_attrs_define
class DiscussionIn:
    """ 
        Attributes:
            number (int): 1, 2 or (where the policy expects it) 3.
            held_at (datetime.datetime): When the discussion was held (not in the future).
            participants (list[Participant]): At least one official of each of Bawaslu, the police and the prosecutors
                (Perbawaslu 3/2023 Art. 1(2)).
            conclusion (DiscussionInConclusion): 1: `crime_indicated` / `not_indicated`; 2: `forward_to_investigation` /
                `stop`; 3: `forward_to_prosecution` / `stop`.
            place (str | Unset):  Default: ''.
            articles (list[str] | Unset): The criminal provisions indicated (e.g. `UU 7/2017 Pasal 523 ayat (1)`); required
                with `crime_indicated` and `forward_to_investigation`.
            notes (str | Unset):  Default: ''.
            minutes_evidence_id (None | Unset | UUID): The signed minutes (berita acara pembahasan): an evidence item of the
                case.
     """

    number: int
    held_at: datetime.datetime
    participants: list[Participant]
    conclusion: DiscussionInConclusion
    place: str | Unset = ''
    articles: list[str] | Unset = UNSET
    notes: str | Unset = ''
    minutes_evidence_id: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.participant import Participant # noqa: PLC0415
        number = self.number

        held_at = self.held_at.isoformat()

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)



        conclusion = self.conclusion.value

        place = self.place

        articles: list[str] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = self.articles



        notes = self.notes

        minutes_evidence_id: None | str | Unset
        if isinstance(self.minutes_evidence_id, Unset):
            minutes_evidence_id = UNSET
        elif isinstance(self.minutes_evidence_id, UUID):
            minutes_evidence_id = str(self.minutes_evidence_id)
        else:
            minutes_evidence_id = self.minutes_evidence_id


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "number": number,
            "held_at": held_at,
            "participants": participants,
            "conclusion": conclusion,
        })
        if place is not UNSET:
            field_dict["place"] = place
        if articles is not UNSET:
            field_dict["articles"] = articles
        if notes is not UNSET:
            field_dict["notes"] = notes
        if minutes_evidence_id is not UNSET:
            field_dict["minutes_evidence_id"] = minutes_evidence_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.participant import Participant # noqa: PLC0415
        d = dict(src_dict)
        number = d.pop("number")

        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))




        participants = []
        _participants = d.pop("participants")
        for participants_item_data in (_participants):
            participants_item = Participant.from_dict(participants_item_data)



            participants.append(participants_item)


        conclusion = DiscussionInConclusion(d.pop("conclusion"))




        place = d.pop("place", UNSET)

        articles = cast(list[str], d.pop("articles", UNSET))


        notes = d.pop("notes", UNSET)

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


        discussion_in = cls(
            number=number,
            held_at=held_at,
            participants=participants,
            conclusion=conclusion,
            place=place,
            articles=articles,
            notes=notes,
            minutes_evidence_id=minutes_evidence_id,
        )

        return discussion_in

