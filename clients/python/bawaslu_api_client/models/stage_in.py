from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.stage_name import StageName
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StageIn")



@_attrs_define
class StageIn:
    """ One stage window, both days included; a one-day stage has `start` = `end`.

        Attributes:
            stage (StageName): Stages whose windows the rules use (docs/legal/rules.md §8).
            start (datetime.date):
            end (datetime.date):
            note (None | str | Unset):
     """

    stage: StageName
    start: datetime.date
    end: datetime.date
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        stage = self.stage.value

        start = self.start.isoformat()

        end = self.end.isoformat()

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "stage": stage,
            "start": start,
            "end": end,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage = StageName(d.pop("stage"))




        start = datetime.date.fromisoformat(d.pop("start"))




        end = datetime.date.fromisoformat(d.pop("end"))




        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        stage_in = cls(
            stage=stage,
            start=start,
            end=end,
            note=note,
        )

        return stage_in

