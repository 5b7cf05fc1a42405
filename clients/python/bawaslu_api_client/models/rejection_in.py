from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rejection_in_reasons_item import RejectionInReasonsItem
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RejectionIn")



@_attrs_define
class RejectionIn:
    """ 
        Attributes:
            reasons (list[RejectionInReasonsItem]): `completion_expired`: not completed within `report.completion`
                (Perbawaslu 7/2022 Art. 15(3)-(4)).
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            note (str | Unset):  Default: ''.
     """

    reasons: list[RejectionInReasonsItem]
    occurred_at: datetime.datetime | None | Unset = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        reasons = []
        for reasons_item_data in self.reasons:
            reasons_item = reasons_item_data.value
            reasons.append(reasons_item)



        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reasons": reasons,
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reasons = []
        _reasons = d.pop("reasons")
        for reasons_item_data in (_reasons):
            reasons_item = RejectionInReasonsItem(reasons_item_data)



            reasons.append(reasons_item)


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


        note = d.pop("note", UNSET)

        rejection_in = cls(
            reasons=reasons,
            occurred_at=occurred_at,
            note=note,
        )

        return rejection_in

