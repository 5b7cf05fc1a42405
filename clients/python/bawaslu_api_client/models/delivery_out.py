from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.delivery_status import DeliveryStatus
from ..models.event_type import EventType
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.attempt_out import AttemptOut





T = TypeVar("T", bound="DeliveryOut")



@_attrs_define
class DeliveryOut:
    """ 
        Attributes:
            id (UUID):
            event_id (UUID): The `webhook-id` header of every attempt.
            event_type (EventType): Events a subscription may ask for (docs/webhooks.md).
            report_id (UUID):
            status (DeliveryStatus):
            attempts (int):
            next_attempt_at (datetime.datetime | None): When pending: the next attempt.
            give_up_at (datetime.datetime):
            last_status_code (int | None):
            last_error (None | str):
            delivered_at (datetime.datetime | None):
            created_at (datetime.datetime):
            attempt_log (list[AttemptOut]):
     """

    id: UUID
    event_id: UUID
    event_type: EventType
    report_id: UUID
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime.datetime | None
    give_up_at: datetime.datetime
    last_status_code: int | None
    last_error: None | str
    delivered_at: datetime.datetime | None
    created_at: datetime.datetime
    attempt_log: list[AttemptOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.attempt_out import AttemptOut # noqa: PLC0415
        id = str(self.id)

        event_id = str(self.event_id)

        event_type = self.event_type.value

        report_id = str(self.report_id)

        status = self.status.value

        attempts = self.attempts

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        give_up_at = self.give_up_at.isoformat()

        last_status_code: int | None
        last_status_code = self.last_status_code

        last_error: None | str
        last_error = self.last_error

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        created_at = self.created_at.isoformat()

        attempt_log = []
        for attempt_log_item_data in self.attempt_log:
            attempt_log_item = attempt_log_item_data.to_dict()
            attempt_log.append(attempt_log_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "event_id": event_id,
            "event_type": event_type,
            "report_id": report_id,
            "status": status,
            "attempts": attempts,
            "next_attempt_at": next_attempt_at,
            "give_up_at": give_up_at,
            "last_status_code": last_status_code,
            "last_error": last_error,
            "delivered_at": delivered_at,
            "created_at": created_at,
            "attempt_log": attempt_log,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.attempt_out import AttemptOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        event_id = UUID(d.pop("event_id"))




        event_type = EventType(d.pop("event_type"))




        report_id = UUID(d.pop("report_id"))




        status = DeliveryStatus(d.pop("status"))




        attempts = d.pop("attempts")

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)



                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))


        give_up_at = datetime.datetime.fromisoformat(d.pop("give_up_at"))




        def _parse_last_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_status_code = _parse_last_status_code(d.pop("last_status_code"))


        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))


        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)



                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("delivered_at"))


        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        attempt_log = []
        _attempt_log = d.pop("attempt_log")
        for attempt_log_item_data in (_attempt_log):
            attempt_log_item = AttemptOut.from_dict(attempt_log_item_data)



            attempt_log.append(attempt_log_item)


        delivery_out = cls(
            id=id,
            event_id=event_id,
            event_type=event_type,
            report_id=report_id,
            status=status,
            attempts=attempts,
            next_attempt_at=next_attempt_at,
            give_up_at=give_up_at,
            last_status_code=last_status_code,
            last_error=last_error,
            delivered_at=delivered_at,
            created_at=created_at,
            attempt_log=attempt_log,
        )


        delivery_out.additional_properties = d
        return delivery_out

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
