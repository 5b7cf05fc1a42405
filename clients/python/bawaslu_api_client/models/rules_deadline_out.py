from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.confidence import Confidence
from ..models.regime import Regime
from ..models.unit import Unit
from ..models.zone import Zone
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.policies import Policies
  from ..models.rules_deadline_out_policy_overrides import RulesDeadlineOutPolicyOverrides
  from ..models.trace_entry import TraceEntry





T = TypeVar("T", bound="RulesDeadlineOut")



@_attrs_define
class RulesDeadlineOut:
    """ A computed deadline: the same keys as `bawaslu-rules deadline --json`.

        Attributes:
            rule (str):
            regime (Regime): The two legal regimes (docs/legal/rules.md §1).
            ruleset (str): `regime:version`.
            ruleset_version (str):
            start (datetime.date | datetime.datetime): The trigger (local time for timestamps).
            due (datetime.date):
            due_at (datetime.datetime): When it expires: office closing time (16:00, Friday 16:30) on `due` for day rules,
                the exact moment for hours rules; with the zone's offset.
            amount (int):
            unit (Unit): How a deadline's amount is counted (docs/legal/rules.md §2).
            basis (str): Legal basis (citation).
            confidence (Confidence): How sure we are of a rule (spec, preamble).
            confidence_note (str):
            provisional (bool): True when a year without decreed holiday data was involved.
            due_at_basis (str): Why `due_at` is that moment (citation, policy).
            policies (Policies): The ruleset's policies as applied (docs/legal/rules.md §2; each one is a named
                policy of `GET /v1/rules/policies`).
            policy_overrides (RulesDeadlineOutPolicyOverrides): The deployment's policy settings this result was computed
                with (empty when every default applied); see `GET /v1/rules/policies`.
            zone (Zone): The three Indonesian time zones.
            trace (list[TraceEntry] | None): With `explain`; otherwise null.
     """

    rule: str
    regime: Regime
    ruleset: str
    ruleset_version: str
    start: datetime.date | datetime.datetime
    due: datetime.date
    due_at: datetime.datetime
    amount: int
    unit: Unit
    basis: str
    confidence: Confidence
    confidence_note: str
    provisional: bool
    due_at_basis: str
    policies: Policies
    policy_overrides: RulesDeadlineOutPolicyOverrides
    zone: Zone
    trace: list[TraceEntry] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.policies import Policies # noqa: PLC0415
        from ..models.rules_deadline_out_policy_overrides import RulesDeadlineOutPolicyOverrides # noqa: PLC0415
        from ..models.trace_entry import TraceEntry # noqa: PLC0415
        rule = self.rule

        regime = self.regime.value

        ruleset = self.ruleset

        ruleset_version = self.ruleset_version

        start: str
        if isinstance(self.start, datetime.datetime):
            start = self.start.isoformat()
        else:
            start = self.start.isoformat()


        due = self.due.isoformat()

        due_at = self.due_at.isoformat()

        amount = self.amount

        unit = self.unit.value

        basis = self.basis

        confidence = self.confidence.value

        confidence_note = self.confidence_note

        provisional = self.provisional

        due_at_basis = self.due_at_basis

        policies = self.policies.to_dict()

        policy_overrides = self.policy_overrides.to_dict()

        zone = self.zone.value

        trace: list[dict[str, Any]] | None
        if isinstance(self.trace, list):
            trace = []
            for trace_type_0_item_data in self.trace:
                trace_type_0_item = trace_type_0_item_data.to_dict()
                trace.append(trace_type_0_item)


        else:
            trace = self.trace


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule": rule,
            "regime": regime,
            "ruleset": ruleset,
            "ruleset_version": ruleset_version,
            "start": start,
            "due": due,
            "due_at": due_at,
            "amount": amount,
            "unit": unit,
            "basis": basis,
            "confidence": confidence,
            "confidence_note": confidence_note,
            "provisional": provisional,
            "due_at_basis": due_at_basis,
            "policies": policies,
            "policy_overrides": policy_overrides,
            "zone": zone,
            "trace": trace,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies import Policies # noqa: PLC0415
        from ..models.rules_deadline_out_policy_overrides import RulesDeadlineOutPolicyOverrides # noqa: PLC0415
        from ..models.trace_entry import TraceEntry # noqa: PLC0415
        d = dict(src_dict)
        rule = d.pop("rule")

        regime = Regime(d.pop("regime"))




        ruleset = d.pop("ruleset")

        ruleset_version = d.pop("ruleset_version")

        def _parse_start(data: object) -> datetime.date | datetime.datetime:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_type_0 = datetime.datetime.fromisoformat(data)



                return start_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            start_type_1 = datetime.date.fromisoformat(data)



            return start_type_1

        start = _parse_start(d.pop("start"))


        due = datetime.date.fromisoformat(d.pop("due"))




        due_at = datetime.datetime.fromisoformat(d.pop("due_at"))




        amount = d.pop("amount")

        unit = Unit(d.pop("unit"))




        basis = d.pop("basis")

        confidence = Confidence(d.pop("confidence"))




        confidence_note = d.pop("confidence_note")

        provisional = d.pop("provisional")

        due_at_basis = d.pop("due_at_basis")

        policies = Policies.from_dict(d.pop("policies"))




        policy_overrides = RulesDeadlineOutPolicyOverrides.from_dict(d.pop("policy_overrides"))




        zone = Zone(d.pop("zone"))




        def _parse_trace(data: object) -> list[TraceEntry] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trace_type_0 = []
                _trace_type_0 = data
                for trace_type_0_item_data in (_trace_type_0):
                    trace_type_0_item = TraceEntry.from_dict(trace_type_0_item_data)



                    trace_type_0.append(trace_type_0_item)

                return trace_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TraceEntry] | None, data)

        trace = _parse_trace(d.pop("trace"))


        rules_deadline_out = cls(
            rule=rule,
            regime=regime,
            ruleset=ruleset,
            ruleset_version=ruleset_version,
            start=start,
            due=due,
            due_at=due_at,
            amount=amount,
            unit=unit,
            basis=basis,
            confidence=confidence,
            confidence_note=confidence_note,
            provisional=provisional,
            due_at_basis=due_at_basis,
            policies=policies,
            policy_overrides=policy_overrides,
            zone=zone,
            trace=trace,
        )


        rules_deadline_out.additional_properties = d
        return rules_deadline_out

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
