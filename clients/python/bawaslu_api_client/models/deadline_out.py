from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.deadline_status import DeadlineStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.deadline_out_policy_overrides import DeadlineOutPolicyOverrides





T = TypeVar("T", bound="DeadlineOut")



@_attrs_define
class DeadlineOut:
    """ A statutory clock of a case (the rules calculator's answer is ``RulesDeadlineOut``).

        Attributes:
            id (UUID):
            report_id (UUID):
            rule (str):
            regime (str):
            ruleset_version (str):
            trigger (datetime.date): The day the clock counts from, in the office's time zone (always a date).
            triggered_at (datetime.datetime | None): The moment the clock counts from, in UTC, for a clock that starts at a
                time (hours, or a step taken at a time); null for a clock that starts on a day.
            due (datetime.date):
            due_at (datetime.datetime):
            amount (int):
            unit (str):
            basis (str):
            confidence (str):
            provisional (bool):
            status (DeadlineStatus):
            met_at (datetime.datetime | None):
            overdue (bool):
            override_reason (None | str):
            policy_overrides (DeadlineOutPolicyOverrides): The deployment's settings of the rules engine's named policies
                this due date was computed with (empty when every default applied; `GET /v1/rules/policies`).
     """

    id: UUID
    report_id: UUID
    rule: str
    regime: str
    ruleset_version: str
    trigger: datetime.date
    triggered_at: datetime.datetime | None
    due: datetime.date
    due_at: datetime.datetime
    amount: int
    unit: str
    basis: str
    confidence: str
    provisional: bool
    status: DeadlineStatus
    met_at: datetime.datetime | None
    overdue: bool
    override_reason: None | str
    policy_overrides: DeadlineOutPolicyOverrides
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.deadline_out_policy_overrides import DeadlineOutPolicyOverrides # noqa: PLC0415
        id = str(self.id)

        report_id = str(self.report_id)

        rule = self.rule

        regime = self.regime

        ruleset_version = self.ruleset_version

        trigger = self.trigger.isoformat()

        triggered_at: None | str
        if isinstance(self.triggered_at, datetime.datetime):
            triggered_at = self.triggered_at.isoformat()
        else:
            triggered_at = self.triggered_at

        due = self.due.isoformat()

        due_at = self.due_at.isoformat()

        amount = self.amount

        unit = self.unit

        basis = self.basis

        confidence = self.confidence

        provisional = self.provisional

        status = self.status.value

        met_at: None | str
        if isinstance(self.met_at, datetime.datetime):
            met_at = self.met_at.isoformat()
        else:
            met_at = self.met_at

        overdue = self.overdue

        override_reason: None | str
        override_reason = self.override_reason

        policy_overrides = self.policy_overrides.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "rule": rule,
            "regime": regime,
            "ruleset_version": ruleset_version,
            "trigger": trigger,
            "triggered_at": triggered_at,
            "due": due,
            "due_at": due_at,
            "amount": amount,
            "unit": unit,
            "basis": basis,
            "confidence": confidence,
            "provisional": provisional,
            "status": status,
            "met_at": met_at,
            "overdue": overdue,
            "override_reason": override_reason,
            "policy_overrides": policy_overrides,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deadline_out_policy_overrides import DeadlineOutPolicyOverrides # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        rule = d.pop("rule")

        regime = d.pop("regime")

        ruleset_version = d.pop("ruleset_version")

        trigger = datetime.date.fromisoformat(d.pop("trigger"))




        def _parse_triggered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                triggered_at_type_0 = datetime.datetime.fromisoformat(data)



                return triggered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        triggered_at = _parse_triggered_at(d.pop("triggered_at"))


        due = datetime.date.fromisoformat(d.pop("due"))




        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        amount = d.pop("amount")

        unit = d.pop("unit")

        basis = d.pop("basis")

        confidence = d.pop("confidence")

        provisional = d.pop("provisional")

        status = DeadlineStatus(d.pop("status"))




        def _parse_met_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                met_at_type_0 = datetime.datetime.fromisoformat(data)



                return met_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        met_at = _parse_met_at(d.pop("met_at"))


        overdue = d.pop("overdue")

        def _parse_override_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        override_reason = _parse_override_reason(d.pop("override_reason"))


        policy_overrides = DeadlineOutPolicyOverrides.from_dict(d.pop("policy_overrides"))




        deadline_out = cls(
            id=id,
            report_id=report_id,
            rule=rule,
            regime=regime,
            ruleset_version=ruleset_version,
            trigger=trigger,
            triggered_at=triggered_at,
            due=due,
            due_at=due_at,
            amount=amount,
            unit=unit,
            basis=basis,
            confidence=confidence,
            provisional=provisional,
            status=status,
            met_at=met_at,
            overdue=overdue,
            override_reason=override_reason,
            policy_overrides=policy_overrides,
        )


        deadline_out.additional_properties = d
        return deadline_out

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
