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

if TYPE_CHECKING:
  from ..models.clarification_session_out_forms import ClarificationSessionOutForms
  from ..models.invitation_rule_out import InvitationRuleOut
  from ..models.invitee_out import InviteeOut
  from ..models.online_out import OnlineOut





T = TypeVar("T", bound="ClarificationSessionOut")



@_attrs_define
class ClarificationSessionOut:
    """ 
        Attributes:
            id (UUID):
            report_id (UUID):
            scheduled_at (datetime.datetime):
            mode (SessionMode):
            place (str):
            online (None | OnlineOut):
            status (SessionStatus):
            held_at (datetime.datetime | None):
            cancelled_at (datetime.datetime | None):
            cancel_reason (str):
            latest_receipt_on (datetime.date): The last office-local date an invitation may reach a person.
            invitation_rule (InvitationRuleOut):
            decision_due_at (datetime.datetime | None): When the case's decision is due (its running decision clock).
            decision_clock (None | str):
            forms (ClarificationSessionOutForms):
            invitees (list[InviteeOut]):
            scheduled_by (str):
     """

    id: UUID
    report_id: UUID
    scheduled_at: datetime.datetime
    mode: SessionMode
    place: str
    online: None | OnlineOut
    status: SessionStatus
    held_at: datetime.datetime | None
    cancelled_at: datetime.datetime | None
    cancel_reason: str
    latest_receipt_on: datetime.date
    invitation_rule: InvitationRuleOut
    decision_due_at: datetime.datetime | None
    decision_clock: None | str
    forms: ClarificationSessionOutForms
    invitees: list[InviteeOut]
    scheduled_by: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.clarification_session_out_forms import ClarificationSessionOutForms # noqa: PLC0415
        from ..models.invitation_rule_out import InvitationRuleOut # noqa: PLC0415
        from ..models.invitee_out import InviteeOut # noqa: PLC0415
        from ..models.online_out import OnlineOut # noqa: PLC0415
        id = str(self.id)

        report_id = str(self.report_id)

        scheduled_at = self.scheduled_at.isoformat()

        mode = self.mode.value

        place = self.place

        online: dict[str, Any] | None
        if isinstance(self.online, OnlineOut):
            online = self.online.to_dict()
        else:
            online = self.online

        status = self.status.value

        held_at: None | str
        if isinstance(self.held_at, datetime.datetime):
            held_at = self.held_at.isoformat()
        else:
            held_at = self.held_at

        cancelled_at: None | str
        if isinstance(self.cancelled_at, datetime.datetime):
            cancelled_at = self.cancelled_at.isoformat()
        else:
            cancelled_at = self.cancelled_at

        cancel_reason = self.cancel_reason

        latest_receipt_on = self.latest_receipt_on.isoformat()

        invitation_rule = self.invitation_rule.to_dict()

        decision_due_at: None | str
        if isinstance(self.decision_due_at, datetime.datetime):
            decision_due_at = self.decision_due_at.isoformat()
        else:
            decision_due_at = self.decision_due_at

        decision_clock: None | str
        decision_clock = self.decision_clock

        forms = self.forms.to_dict()

        invitees = []
        for invitees_item_data in self.invitees:
            invitees_item = invitees_item_data.to_dict()
            invitees.append(invitees_item)



        scheduled_by = self.scheduled_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "scheduled_at": scheduled_at,
            "mode": mode,
            "place": place,
            "online": online,
            "status": status,
            "held_at": held_at,
            "cancelled_at": cancelled_at,
            "cancel_reason": cancel_reason,
            "latest_receipt_on": latest_receipt_on,
            "invitation_rule": invitation_rule,
            "decision_due_at": decision_due_at,
            "decision_clock": decision_clock,
            "forms": forms,
            "invitees": invitees,
            "scheduled_by": scheduled_by,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clarification_session_out_forms import ClarificationSessionOutForms # noqa: PLC0415
        from ..models.invitation_rule_out import InvitationRuleOut # noqa: PLC0415
        from ..models.invitee_out import InviteeOut # noqa: PLC0415
        from ..models.online_out import OnlineOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))




        mode = SessionMode(d.pop("mode"))




        place = d.pop("place")

        def _parse_online(data: object) -> None | OnlineOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                online_type_0 = OnlineOut.from_dict(data)



                return online_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnlineOut, data)

        online = _parse_online(d.pop("online"))


        status = SessionStatus(d.pop("status"))




        def _parse_held_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                held_at_type_0 = datetime.datetime.fromisoformat(data)



                return held_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        held_at = _parse_held_at(d.pop("held_at"))


        def _parse_cancelled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_at_type_0 = datetime.datetime.fromisoformat(data)



                return cancelled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))


        cancel_reason = d.pop("cancel_reason")

        latest_receipt_on = datetime.date.fromisoformat(d.pop("latest_receipt_on"))




        invitation_rule = InvitationRuleOut.from_dict(d.pop("invitation_rule"))




        def _parse_decision_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decision_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return decision_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        decision_due_at = _parse_decision_due_at(d.pop("decision_due_at"))


        def _parse_decision_clock(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        decision_clock = _parse_decision_clock(d.pop("decision_clock"))


        forms = ClarificationSessionOutForms.from_dict(d.pop("forms"))




        invitees = []
        _invitees = d.pop("invitees")
        for invitees_item_data in (_invitees):
            invitees_item = InviteeOut.from_dict(invitees_item_data)



            invitees.append(invitees_item)


        scheduled_by = d.pop("scheduled_by")

        clarification_session_out = cls(
            id=id,
            report_id=report_id,
            scheduled_at=scheduled_at,
            mode=mode,
            place=place,
            online=online,
            status=status,
            held_at=held_at,
            cancelled_at=cancelled_at,
            cancel_reason=cancel_reason,
            latest_receipt_on=latest_receipt_on,
            invitation_rule=invitation_rule,
            decision_due_at=decision_due_at,
            decision_clock=decision_clock,
            forms=forms,
            invitees=invitees,
            scheduled_by=scheduled_by,
        )


        clarification_session_out.additional_properties = d
        return clarification_session_out

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
