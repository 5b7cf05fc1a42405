from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import Outcome
from ..models.report_kind import ReportKind
from ..models.report_status import ReportStatus
from ..models.violation_category import ViolationCategory
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ReportSummary")



@_attrs_define
class ReportSummary:
    """ 
        Attributes:
            id (UUID):
            kind (ReportKind):
            status (ReportStatus): Case states (docs/legal/rules.md §5).
            office (str):
            election (str):
            received_at (datetime.datetime):
            register_number (None | str):
            outcome (None | Outcome):
            outcome_category (None | ViolationCategory):
            stage (None | str):
            subjects (list[str]):
            reporter_name (str): Masked.
            description (str): First 200 characters.
     """

    id: UUID
    kind: ReportKind
    status: ReportStatus
    office: str
    election: str
    received_at: datetime.datetime
    register_number: None | str
    outcome: None | Outcome
    outcome_category: None | ViolationCategory
    stage: None | str
    subjects: list[str]
    reporter_name: str
    description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        office = self.office

        election = self.election

        received_at = self.received_at.isoformat()

        register_number: None | str
        register_number = self.register_number

        outcome: None | str
        if isinstance(self.outcome, Outcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_category: None | str
        if isinstance(self.outcome_category, ViolationCategory):
            outcome_category = self.outcome_category.value
        else:
            outcome_category = self.outcome_category

        stage: None | str
        stage = self.stage

        subjects = self.subjects



        reporter_name = self.reporter_name

        description = self.description


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "status": status,
            "office": office,
            "election": election,
            "received_at": received_at,
            "register_number": register_number,
            "outcome": outcome,
            "outcome_category": outcome_category,
            "stage": stage,
            "subjects": subjects,
            "reporter_name": reporter_name,
            "description": description,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = ReportKind(d.pop("kind"))




        status = ReportStatus(d.pop("status"))




        office = d.pop("office")

        election = d.pop("election")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        def _parse_register_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_number = _parse_register_number(d.pop("register_number"))


        def _parse_outcome(data: object) -> None | Outcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = Outcome(data)



                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome, data)

        outcome = _parse_outcome(d.pop("outcome"))


        def _parse_outcome_category(data: object) -> None | ViolationCategory:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_category_type_0 = ViolationCategory(data)



                return outcome_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ViolationCategory, data)

        outcome_category = _parse_outcome_category(d.pop("outcome_category"))


        def _parse_stage(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        stage = _parse_stage(d.pop("stage"))


        subjects = cast(list[str], d.pop("subjects"))


        reporter_name = d.pop("reporter_name")

        description = d.pop("description")

        report_summary = cls(
            id=id,
            kind=kind,
            status=status,
            office=office,
            election=election,
            received_at=received_at,
            register_number=register_number,
            outcome=outcome,
            outcome_category=outcome_category,
            stage=stage,
            subjects=subjects,
            reporter_name=reporter_name,
            description=description,
        )


        report_summary.additional_properties = d
        return report_summary

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
