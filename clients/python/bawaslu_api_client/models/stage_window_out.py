from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.confidence import Confidence
from typing import cast
import datetime






T = TypeVar("T", bound="StageWindowOut")



@_attrs_define
class StageWindowOut:
    """ 
        Attributes:
            stage (str):
            start (datetime.date):
            end (datetime.date): Inclusive.
            source (str):
            confidence (Confidence): How sure we are of a rule (spec, preamble).
     """

    stage: str
    start: datetime.date
    end: datetime.date
    source: str
    confidence: Confidence
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        stage = self.stage

        start = self.start.isoformat()

        end = self.end.isoformat()

        source = self.source

        confidence = self.confidence.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "stage": stage,
            "start": start,
            "end": end,
            "source": source,
            "confidence": confidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        stage = d.pop("stage")

        start = datetime.date.fromisoformat(d.pop("start"))




        end = datetime.date.fromisoformat(d.pop("end"))




        source = d.pop("source")

        confidence = Confidence(d.pop("confidence"))




        stage_window_out = cls(
            stage=stage,
            start=start,
            end=end,
            source=source,
            confidence=confidence,
        )


        stage_window_out.additional_properties = d
        return stage_window_out

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
