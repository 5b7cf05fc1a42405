from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.custody_event_out_details import CustodyEventOutDetails





T = TypeVar("T", bound="CustodyEventOut")



@_attrs_define
class CustodyEventOut:
    """ 
        Attributes:
            at (datetime.datetime):
            actor (str):
            action (str):
            channel (str):
            client_address (str):
            user_agent (str):
            details (CustodyEventOutDetails):
            case_seq (int): The event's place in the case's hash-chained timeline.
     """

    at: datetime.datetime
    actor: str
    action: str
    channel: str
    client_address: str
    user_agent: str
    details: CustodyEventOutDetails
    case_seq: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.custody_event_out_details import CustodyEventOutDetails # noqa: PLC0415
        at = self.at.isoformat()

        actor = self.actor

        action = self.action

        channel = self.channel

        client_address = self.client_address

        user_agent = self.user_agent

        details = self.details.to_dict()

        case_seq = self.case_seq


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at": at,
            "actor": actor,
            "action": action,
            "channel": channel,
            "client_address": client_address,
            "user_agent": user_agent,
            "details": details,
            "case_seq": case_seq,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custody_event_out_details import CustodyEventOutDetails # noqa: PLC0415
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))




        actor = d.pop("actor")

        action = d.pop("action")

        channel = d.pop("channel")

        client_address = d.pop("client_address")

        user_agent = d.pop("user_agent")

        details = CustodyEventOutDetails.from_dict(d.pop("details"))




        case_seq = d.pop("case_seq")

        custody_event_out = cls(
            at=at,
            actor=actor,
            action=action,
            channel=channel,
            client_address=client_address,
            user_agent=user_agent,
            details=details,
            case_seq=case_seq,
        )


        custody_event_out.additional_properties = d
        return custody_event_out

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
