from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.kpu_forwarding_status import KpuForwardingStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.deadline_out import DeadlineOut





T = TypeVar("T", bound="KpuForwardingOut")



@_attrs_define
class KpuForwardingOut:
    """ 
        Attributes:
            id (UUID):
            report_id (UUID):
            register_number (None | str):
            office (str):
            regime (str):
            category (None | str):
            reference (str):
            sent_at (datetime.datetime):
            status (KpuForwardingStatus):
            received_at (datetime.datetime | None):
            followup_action (None | str):
            followup_document (None | str):
            followed_up_at (datetime.datetime | None):
            deadline (DeadlineOut | None): The statutory follow-up clock (`admin.kpu_followup`), when running.
     """

    id: UUID
    report_id: UUID
    register_number: None | str
    office: str
    regime: str
    category: None | str
    reference: str
    sent_at: datetime.datetime
    status: KpuForwardingStatus
    received_at: datetime.datetime | None
    followup_action: None | str
    followup_document: None | str
    followed_up_at: datetime.datetime | None
    deadline: DeadlineOut | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.deadline_out import DeadlineOut # noqa: PLC0415
        id = str(self.id)

        report_id = str(self.report_id)

        register_number: None | str
        register_number = self.register_number

        office = self.office

        regime = self.regime

        category: None | str
        category = self.category

        reference = self.reference

        sent_at = self.sent_at.isoformat()

        status = self.status.value

        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        followup_action: None | str
        followup_action = self.followup_action

        followup_document: None | str
        followup_document = self.followup_document

        followed_up_at: None | str
        if isinstance(self.followed_up_at, datetime.datetime):
            followed_up_at = self.followed_up_at.isoformat()
        else:
            followed_up_at = self.followed_up_at

        deadline: dict[str, Any] | None
        if isinstance(self.deadline, DeadlineOut):
            deadline = self.deadline.to_dict()
        else:
            deadline = self.deadline


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "register_number": register_number,
            "office": office,
            "regime": regime,
            "category": category,
            "reference": reference,
            "sent_at": sent_at,
            "status": status,
            "received_at": received_at,
            "followup_action": followup_action,
            "followup_document": followup_document,
            "followed_up_at": followed_up_at,
            "deadline": deadline,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deadline_out import DeadlineOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        def _parse_register_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_number = _parse_register_number(d.pop("register_number"))


        office = d.pop("office")

        regime = d.pop("regime")

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))


        reference = d.pop("reference")

        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        status = KpuForwardingStatus(d.pop("status"))




        def _parse_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)



                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        received_at = _parse_received_at(d.pop("received_at"))


        def _parse_followup_action(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        followup_action = _parse_followup_action(d.pop("followup_action"))


        def _parse_followup_document(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        followup_document = _parse_followup_document(d.pop("followup_document"))


        def _parse_followed_up_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                followed_up_at_type_0 = datetime.datetime.fromisoformat(data)



                return followed_up_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        followed_up_at = _parse_followed_up_at(d.pop("followed_up_at"))


        def _parse_deadline(data: object) -> DeadlineOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deadline_type_0 = DeadlineOut.from_dict(data)



                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeadlineOut | None, data)

        deadline = _parse_deadline(d.pop("deadline"))


        kpu_forwarding_out = cls(
            id=id,
            report_id=report_id,
            register_number=register_number,
            office=office,
            regime=regime,
            category=category,
            reference=reference,
            sent_at=sent_at,
            status=status,
            received_at=received_at,
            followup_action=followup_action,
            followup_document=followup_document,
            followed_up_at=followed_up_at,
            deadline=deadline,
        )


        kpu_forwarding_out.additional_properties = d
        return kpu_forwarding_out

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
