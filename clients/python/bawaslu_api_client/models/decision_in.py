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
import datetime






T = TypeVar("T", bound="DecisionIn")



@_attrs_define
class DecisionIn:
    """ 
        Attributes:
            outcome (Outcome):
            legal_basis (str):
            summary (str):
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            category (None | Unset | ViolationCategory): Required for a violation.
     """

    outcome: Outcome
    legal_basis: str
    summary: str
    occurred_at: datetime.datetime | None | Unset = UNSET
    category: None | Unset | ViolationCategory = UNSET





    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome.value

        legal_basis = self.legal_basis

        summary = self.summary

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, ViolationCategory):
            category = self.category.value
        else:
            category = self.category


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "outcome": outcome,
            "legal_basis": legal_basis,
            "summary": summary,
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if category is not UNSET:
            field_dict["category"] = category

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        outcome = Outcome(d.pop("outcome"))




        legal_basis = d.pop("legal_basis")

        summary = d.pop("summary")

        def _parse_occurred_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_at_type_0 = datetime.datetime.fromisoformat(data)



                return occurred_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurred_at = _parse_occurred_at(d.pop("occurred_at", UNSET))


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


        decision_in = cls(
            outcome=outcome,
            legal_basis=legal_basis,
            summary=summary,
            occurred_at=occurred_at,
            category=category,
        )

        return decision_in

