from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from ..models.violation_category import ViolationCategory
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.plenary_member_in import PlenaryMemberIn





T = TypeVar("T", bound="PlenaryIn")



@_attrs_define
class PlenaryIn:
    """ The minutes of the plenary meeting that decided the case's status.

        Attributes:
            held_at (datetime.datetime): When the meeting was held.
            analysis_id (UUID): The case's approved analysis it decided on.
            members_in_office (int): How many members the office has (its quorum counts them).
            members (list[PlenaryMemberIn]): The office's members present.
            outcome (Outcome):
            legal_basis (str):
            place (str | Unset):  Default: ''.
            minutes_reference (str | Unset): Number of the minutes. Default: ''.
            category (None | Unset | ViolationCategory): Required for a violation.
            summary (str | Unset): The considerations. Default: ''.
     """

    held_at: datetime.datetime
    analysis_id: UUID
    members_in_office: int
    members: list[PlenaryMemberIn]
    outcome: Outcome
    legal_basis: str
    place: str | Unset = ''
    minutes_reference: str | Unset = ''
    category: None | Unset | ViolationCategory = UNSET
    summary: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        from ..models.plenary_member_in import PlenaryMemberIn # noqa: PLC0415
        held_at = self.held_at.isoformat()

        analysis_id = str(self.analysis_id)

        members_in_office = self.members_in_office

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)



        outcome = self.outcome.value

        legal_basis = self.legal_basis

        place = self.place

        minutes_reference = self.minutes_reference

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ViolationCategory):
            category = self.category.value
        else:
            category = self.category

        summary = self.summary


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "held_at": held_at,
            "analysis_id": analysis_id,
            "members_in_office": members_in_office,
            "members": members,
            "outcome": outcome,
            "legal_basis": legal_basis,
        })
        if place is not UNSET:
            field_dict["place"] = place
        if minutes_reference is not UNSET:
            field_dict["minutes_reference"] = minutes_reference
        if category is not UNSET:
            field_dict["category"] = category
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plenary_member_in import PlenaryMemberIn # noqa: PLC0415
        d = dict(src_dict)
        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))




        analysis_id = UUID(d.pop("analysis_id"))




        members_in_office = d.pop("members_in_office")

        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = PlenaryMemberIn.from_dict(members_item_data)



            members.append(members_item)


        outcome = Outcome(d.pop("outcome"))




        legal_basis = d.pop("legal_basis")

        place = d.pop("place", UNSET)

        minutes_reference = d.pop("minutes_reference", UNSET)

        def _parse_category(data: object) -> None | Unset | ViolationCategory:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ViolationCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | ViolationCategory, data)

        category = _parse_category(d.pop("category", UNSET))


        summary = d.pop("summary", UNSET)

        plenary_in = cls(
            held_at=held_at,
            analysis_id=analysis_id,
            members_in_office=members_in_office,
            members=members,
            outcome=outcome,
            legal_basis=legal_basis,
            place=place,
            minutes_reference=minutes_reference,
            category=category,
            summary=summary,
        )

        return plenary_in

