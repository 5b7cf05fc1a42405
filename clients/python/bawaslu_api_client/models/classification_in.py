from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ClassificationIn")



@_attrs_define
class ClassificationIn:
    """ An officer's classification of the case for reporting. A field left out stays as
    it is; `"stage": null` returns the case to the stage derived from the election's
    calendar and the incident date.

        Attributes:
            reason (str): Why (on the timeline).
            stage (None | str | Unset): A stage code (`stage_set_by: officer`, kept across corrections of the incident
                date), or null: back to the derived stage (`stage_set_by: derived`).
            subjects (list[str] | None | Unset): What the violation is about: codes of the regime's taxonomy (`GET
                /v1/rules/classification`), at most 5; duplicates are removed. An unknown code is refused with 422 naming
                `subjects.i`.
     """

    reason: str
    stage: None | str | Unset = UNSET
    subjects: list[str] | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        subjects: list[str] | None | Unset
        if isinstance(self.subjects, Unset):
            subjects = UNSET
        elif isinstance(self.subjects, list):
            subjects = self.subjects


        else:
            subjects = self.subjects


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if stage is not UNSET:
            field_dict["stage"] = stage
        if subjects is not UNSET:
            field_dict["subjects"] = subjects

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))


        def _parse_subjects(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                subjects_type_0 = cast(list[str], data)

                return subjects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        subjects = _parse_subjects(d.pop("subjects", UNSET))


        classification_in = cls(
            reason=reason,
            stage=stage,
            subjects=subjects,
        )

        return classification_in

