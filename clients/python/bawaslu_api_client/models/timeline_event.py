from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.timeline_event_changes import TimelineEventChanges





T = TypeVar("T", bound="TimelineEvent")



@_attrs_define
class TimelineEvent:
    """ 
        Attributes:
            seq (int):
            at (datetime.datetime): When the event was entered (by `actor`).
            occurred_at (datetime.datetime): When the step happened: `changes.occurred_at` for a step entered after the fact
                (and an intake with its `received_at`), else equal to `at`.
            actor (str):
            action (str):
            changes (TimelineEventChanges):
            hash_ (str):
     """

    seq: int
    at: datetime.datetime
    occurred_at: datetime.datetime
    actor: str
    action: str
    changes: TimelineEventChanges
    hash_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.timeline_event_changes import TimelineEventChanges # noqa: PLC0415
        seq = self.seq

        at = self.at.isoformat()

        occurred_at = self.occurred_at.isoformat()

        actor = self.actor

        action = self.action

        changes = self.changes.to_dict()

        hash_ = self.hash_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "seq": seq,
            "at": at,
            "occurred_at": occurred_at,
            "actor": actor,
            "action": action,
            "changes": changes,
            "hash": hash_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.timeline_event_changes import TimelineEventChanges # noqa: PLC0415
        d = dict(src_dict)
        seq = d.pop("seq")

        at = datetime.datetime.fromisoformat(d.pop("at"))




        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))




        actor = d.pop("actor")

        action = d.pop("action")

        changes = TimelineEventChanges.from_dict(d.pop("changes"))




        hash_ = d.pop("hash")

        timeline_event = cls(
            seq=seq,
            at=at,
            occurred_at=occurred_at,
            actor=actor,
            action=action,
            changes=changes,
            hash_=hash_,
        )


        timeline_event.additional_properties = d
        return timeline_event

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
