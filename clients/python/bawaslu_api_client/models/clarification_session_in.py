from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.session_mode import SessionMode
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.invitee_in import InviteeIn
  from ..models.online_in import OnlineIn





T = TypeVar("T", bound="ClarificationSessionIn")



@_attrs_define
class ClarificationSessionIn:
    """ 
        Attributes:
            scheduled_at (datetime.datetime): Date and time of the session.
            invitees (list[InviteeIn]):
            mode (SessionMode | Unset):
            place (str | Unset): The place; for an online session the platform or link. Default: ''.
            online (None | OnlineIn | Unset): Required for (and only for) `online`.
            occurred_at (datetime.datetime | None | Unset): When the session was scheduled, if entered after the fact.
     """

    scheduled_at: datetime.datetime
    invitees: list[InviteeIn]
    mode: SessionMode | Unset = UNSET
    place: str | Unset = ''
    online: None | OnlineIn | Unset = UNSET
    occurred_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.invitee_in import InviteeIn # noqa: PLC0415
        from ..models.online_in import OnlineIn # noqa: PLC0415
        scheduled_at = self.scheduled_at.isoformat()

        invitees = []
        for invitees_item_data in self.invitees:
            invitees_item = invitees_item_data.to_dict()
            invitees.append(invitees_item)



        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value


        place = self.place

        online: dict[str, Any] | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        elif isinstance(self.online, OnlineIn):
            online = self.online.to_dict()
        else:
            online = self.online

        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "scheduled_at": scheduled_at,
            "invitees": invitees,
        })
        if mode is not UNSET:
            field_dict["mode"] = mode
        if place is not UNSET:
            field_dict["place"] = place
        if online is not UNSET:
            field_dict["online"] = online
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitee_in import InviteeIn # noqa: PLC0415
        from ..models.online_in import OnlineIn # noqa: PLC0415
        d = dict(src_dict)
        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))




        invitees = []
        _invitees = d.pop("invitees")
        for invitees_item_data in (_invitees):
            invitees_item = InviteeIn.from_dict(invitees_item_data)



            invitees.append(invitees_item)


        _mode = d.pop("mode", UNSET)
        mode: SessionMode | Unset
        if isinstance(_mode,  Unset):
            mode = UNSET
        else:
            mode = SessionMode(_mode)




        place = d.pop("place", UNSET)

        def _parse_online(data: object) -> None | OnlineIn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                online_type_0 = OnlineIn.from_dict(data)



                return online_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnlineIn | Unset, data)

        online = _parse_online(d.pop("online", UNSET))


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


        clarification_session_in = cls(
            scheduled_at=scheduled_at,
            invitees=invitees,
            mode=mode,
            place=place,
            online=online,
            occurred_at=occurred_at,
        )

        return clarification_session_in

