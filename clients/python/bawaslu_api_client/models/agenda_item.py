from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.session_mode import SessionMode
from ..models.session_status import SessionStatus
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="AgendaItem")



@_attrs_define
class AgendaItem:
    """ A clarification session on an office's agenda (no names: the case and the count).

        Attributes:
            session_id (UUID):
            report_id (UUID):
            office (str):
            register_number (None | str):
            scheduled_at (datetime.datetime):
            mode (SessionMode):
            place (str):
            status (SessionStatus):
            invitees (int):
     """

    session_id: UUID
    report_id: UUID
    office: str
    register_number: None | str
    scheduled_at: datetime.datetime
    mode: SessionMode
    place: str
    status: SessionStatus
    invitees: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        report_id = str(self.report_id)

        office = self.office

        register_number: None | str
        register_number = self.register_number

        scheduled_at = self.scheduled_at.isoformat()

        mode = self.mode.value

        place = self.place

        status = self.status.value

        invitees = self.invitees


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "session_id": session_id,
            "report_id": report_id,
            "office": office,
            "register_number": register_number,
            "scheduled_at": scheduled_at,
            "mode": mode,
            "place": place,
            "status": status,
            "invitees": invitees,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = UUID(d.pop("session_id"))




        report_id = UUID(d.pop("report_id"))




        office = d.pop("office")

        def _parse_register_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_number = _parse_register_number(d.pop("register_number"))


        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))




        mode = SessionMode(d.pop("mode"))




        place = d.pop("place")

        status = SessionStatus(d.pop("status"))




        invitees = d.pop("invitees")

        agenda_item = cls(
            session_id=session_id,
            report_id=report_id,
            office=office,
            register_number=register_number,
            scheduled_at=scheduled_at,
            mode=mode,
            place=place,
            status=status,
            invitees=invitees,
        )


        agenda_item.additional_properties = d
        return agenda_item

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
