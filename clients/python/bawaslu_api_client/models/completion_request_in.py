from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CompletionRequestIn")



@_attrs_define
class CompletionRequestIn:
    """ 
        Attributes:
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            missing (list[str] | Unset): Requirement codes to complete.
            notice_received_at (datetime.datetime | None | Unset): When the reporter received the notice (default:
                `occurred_at`).
     """

    occurred_at: datetime.datetime | None | Unset = UNSET
    missing: list[str] | Unset = UNSET
    notice_received_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        missing: list[str] | Unset = UNSET
        if not isinstance(self.missing, Unset):
            missing = self.missing



        notice_received_at: None | str | Unset
        if isinstance(self.notice_received_at, Unset):
            notice_received_at = UNSET
        elif isinstance(self.notice_received_at, datetime.datetime):
            notice_received_at = self.notice_received_at.isoformat()
        else:
            notice_received_at = self.notice_received_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if missing is not UNSET:
            field_dict["missing"] = missing
        if notice_received_at is not UNSET:
            field_dict["notice_received_at"] = notice_received_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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


        missing = cast(list[str], d.pop("missing", UNSET))


        def _parse_notice_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                notice_received_at_type_0 = datetime.datetime.fromisoformat(data)



                return notice_received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        notice_received_at = _parse_notice_received_at(d.pop("notice_received_at", UNSET))


        completion_request_in = cls(
            occurred_at=occurred_at,
            missing=missing,
            notice_received_at=notice_received_at,
        )

        return completion_request_in

