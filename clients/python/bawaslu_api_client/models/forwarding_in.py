from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.forwarding_in_to import ForwardingInTo
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ForwardingIn")



@_attrs_define
class ForwardingIn:
    """ 
        Attributes:
            to (ForwardingInTo):
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a case entered after the fact
                (default: now). Not in the future (beyond `BAWASLU_CLOCK_SKEW_S`), not before the case's previous step. It
                drives the clocks (judged and started at this moment) and the dates the step records; the timeline keeps it as
                `occurred_at` next to who entered the step and when.
            agency_name (None | str | Unset): For `agency`.
            sent_at (datetime.datetime | None | Unset): Default: `occurred_at`.
            received_at (datetime.datetime | None | Unset): Receipt by the recipient.
            reference (str | Unset):  Default: ''.
     """

    to: ForwardingInTo
    occurred_at: datetime.datetime | None | Unset = UNSET
    agency_name: None | str | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    received_at: datetime.datetime | None | Unset = UNSET
    reference: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        to = self.to.value

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at

        agency_name: None | str | Unset
        if isinstance(self.agency_name, Unset):
            agency_name = UNSET
        else:
            agency_name = self.agency_name

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        received_at: None | str | Unset
        if isinstance(self.received_at, Unset):
            received_at = UNSET
        elif isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        reference = self.reference


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "to": to,
        })
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at
        if agency_name is not UNSET:
            field_dict["agency_name"] = agency_name
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if reference is not UNSET:
            field_dict["reference"] = reference

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        to = ForwardingInTo(d.pop("to"))




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


        def _parse_agency_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agency_name = _parse_agency_name(d.pop("agency_name", UNSET))


        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)



                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))


        def _parse_received_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)



                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        received_at = _parse_received_at(d.pop("received_at", UNSET))


        reference = d.pop("reference", UNSET)

        forwarding_in = cls(
            to=to,
            occurred_at=occurred_at,
            agency_name=agency_name,
            sent_at=sent_at,
            received_at=received_at,
            reference=reference,
        )

        return forwarding_in

