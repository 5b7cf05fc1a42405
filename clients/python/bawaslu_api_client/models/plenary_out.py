from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from ..models.violation_category import ViolationCategory
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.plenary_member_out import PlenaryMemberOut





T = TypeVar("T", bound="PlenaryOut")



@_attrs_define
class PlenaryOut:
    """ 
        Attributes:
            id (UUID):
            report_id (UUID):
            analysis_id (UUID):
            held_at (datetime.datetime):
            place (str):
            minutes_reference (str):
            members_in_office (int):
            members (list[PlenaryMemberOut]):
            quorum_rule (str): The `plenary_quorum` policy it was recorded under.
            quorum_needed (int):
            outcome (Outcome):
            category (None | ViolationCategory):
            legal_basis (str):
            summary (str):
            recorded_by (str):
            created_at (datetime.datetime):
     """

    id: UUID
    report_id: UUID
    analysis_id: UUID
    held_at: datetime.datetime
    place: str
    minutes_reference: str
    members_in_office: int
    members: list[PlenaryMemberOut]
    quorum_rule: str
    quorum_needed: int
    outcome: Outcome
    category: None | ViolationCategory
    legal_basis: str
    summary: str
    recorded_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.plenary_member_out import PlenaryMemberOut # noqa: PLC0415
        id = str(self.id)

        report_id = str(self.report_id)

        analysis_id = str(self.analysis_id)

        held_at = self.held_at.isoformat()

        place = self.place

        minutes_reference = self.minutes_reference

        members_in_office = self.members_in_office

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)



        quorum_rule = self.quorum_rule

        quorum_needed = self.quorum_needed

        outcome = self.outcome.value

        category: None | str
        if isinstance(self.category, ViolationCategory):
            category = self.category.value
        else:
            category = self.category

        legal_basis = self.legal_basis

        summary = self.summary

        recorded_by = self.recorded_by

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "analysis_id": analysis_id,
            "held_at": held_at,
            "place": place,
            "minutes_reference": minutes_reference,
            "members_in_office": members_in_office,
            "members": members,
            "quorum_rule": quorum_rule,
            "quorum_needed": quorum_needed,
            "outcome": outcome,
            "category": category,
            "legal_basis": legal_basis,
            "summary": summary,
            "recorded_by": recorded_by,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plenary_member_out import PlenaryMemberOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        analysis_id = UUID(d.pop("analysis_id"))




        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))




        place = d.pop("place")

        minutes_reference = d.pop("minutes_reference")

        members_in_office = d.pop("members_in_office")

        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = PlenaryMemberOut.from_dict(members_item_data)



            members.append(members_item)


        quorum_rule = d.pop("quorum_rule")

        quorum_needed = d.pop("quorum_needed")

        outcome = Outcome(d.pop("outcome"))




        def _parse_category(data: object) -> None | ViolationCategory:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                category_type_0 = ViolationCategory(data)



                return category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ViolationCategory, data)

        category = _parse_category(d.pop("category"))


        legal_basis = d.pop("legal_basis")

        summary = d.pop("summary")

        recorded_by = d.pop("recorded_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        plenary_out = cls(
            id=id,
            report_id=report_id,
            analysis_id=analysis_id,
            held_at=held_at,
            place=place,
            minutes_reference=minutes_reference,
            members_in_office=members_in_office,
            members=members,
            quorum_rule=quorum_rule,
            quorum_needed=quorum_needed,
            outcome=outcome,
            category=category,
            legal_basis=legal_basis,
            summary=summary,
            recorded_by=recorded_by,
            created_at=created_at,
        )


        plenary_out.additional_properties = d
        return plenary_out

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
