from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verdict import Verdict
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.policies import Policies
  from ..models.rules_admissibility_out_policy_overrides import RulesAdmissibilityOutPolicyOverrides
  from ..models.rules_deadline_out import RulesDeadlineOut
  from ..models.rules_failure_out import RulesFailureOut





T = TypeVar("T", bound="RulesAdmissibilityOut")



@_attrs_define
class RulesAdmissibilityOut:
    """ Outcome of the initial review: the keys of `bawaslu-rules check --json`, with a
    message on every failure and the full filing deadline as `filing`.

        Attributes:
            verdict (Verdict): Outcome of the initial review of a report or finding (docs/legal/rules.md §4).
            failures (list[RulesFailureOut]):
            advisories (list[RulesFailureOut]): Reported, but never change the verdict.
            received_on (datetime.date): Effective receipt date (after closing: next day).
            received_on_basis (str): Why that date (office hours, 24-hour days).
            ruleset (str):
            election (None | str): The election whose stage calendar was used.
            policies (Policies): The ruleset's policies as applied (docs/legal/rules.md §2; each one is a named
                policy of `GET /v1/rules/policies`).
            policy_overrides (RulesAdmissibilityOutPolicyOverrides): The deployment's policy settings this result was
                computed with (empty when every default applied); see `GET /v1/rules/policies`.
            filing_deadline (datetime.date | None): Due date of `report.filing` / `finding.set` from `known_on`.
            filing (None | RulesDeadlineOut): The full filing deadline.
            completion_deadline (datetime.date | None): When incomplete: due date of `report.completion`, counted from the
                notice to complete (`notice_at`; default the receipt).
            completion_due_at (datetime.datetime | None): When incomplete: the moment the completion period ends.
            completion (None | RulesDeadlineOut): The full completion deadline.
            nik_failures (list[str]):
     """

    verdict: Verdict
    failures: list[RulesFailureOut]
    advisories: list[RulesFailureOut]
    received_on: datetime.date
    received_on_basis: str
    ruleset: str
    election: None | str
    policies: Policies
    policy_overrides: RulesAdmissibilityOutPolicyOverrides
    filing_deadline: datetime.date | None
    filing: None | RulesDeadlineOut
    completion_deadline: datetime.date | None
    completion_due_at: datetime.datetime | None
    completion: None | RulesDeadlineOut
    nik_failures: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.policies import Policies # noqa: PLC0415
        from ..models.rules_admissibility_out_policy_overrides import RulesAdmissibilityOutPolicyOverrides # noqa: PLC0415
        from ..models.rules_deadline_out import RulesDeadlineOut # noqa: PLC0415
        from ..models.rules_failure_out import RulesFailureOut # noqa: PLC0415
        verdict = self.verdict.value

        failures = []
        for failures_item_data in self.failures:
            failures_item = failures_item_data.to_dict()
            failures.append(failures_item)



        advisories = []
        for advisories_item_data in self.advisories:
            advisories_item = advisories_item_data.to_dict()
            advisories.append(advisories_item)



        received_on = self.received_on.isoformat()

        received_on_basis = self.received_on_basis

        ruleset = self.ruleset

        election: None | str
        election = self.election

        policies = self.policies.to_dict()

        policy_overrides = self.policy_overrides.to_dict()

        filing_deadline: None | str
        if isinstance(self.filing_deadline, datetime.date):
            filing_deadline = self.filing_deadline.isoformat()
        else:
            filing_deadline = self.filing_deadline

        filing: dict[str, Any] | None
        if isinstance(self.filing, RulesDeadlineOut):
            filing = self.filing.to_dict()
        else:
            filing = self.filing

        completion_deadline: None | str
        if isinstance(self.completion_deadline, datetime.date):
            completion_deadline = self.completion_deadline.isoformat()
        else:
            completion_deadline = self.completion_deadline

        completion_due_at: None | str
        if isinstance(self.completion_due_at, datetime.datetime):
            completion_due_at = self.completion_due_at.isoformat()
        else:
            completion_due_at = self.completion_due_at

        completion: dict[str, Any] | None
        if isinstance(self.completion, RulesDeadlineOut):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        nik_failures = self.nik_failures




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "verdict": verdict,
            "failures": failures,
            "advisories": advisories,
            "received_on": received_on,
            "received_on_basis": received_on_basis,
            "ruleset": ruleset,
            "election": election,
            "policies": policies,
            "policy_overrides": policy_overrides,
            "filing_deadline": filing_deadline,
            "filing": filing,
            "completion_deadline": completion_deadline,
            "completion_due_at": completion_due_at,
            "completion": completion,
            "nik_failures": nik_failures,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies import Policies # noqa: PLC0415
        from ..models.rules_admissibility_out_policy_overrides import RulesAdmissibilityOutPolicyOverrides # noqa: PLC0415
        from ..models.rules_deadline_out import RulesDeadlineOut # noqa: PLC0415
        from ..models.rules_failure_out import RulesFailureOut # noqa: PLC0415
        d = dict(src_dict)
        verdict = Verdict(d.pop("verdict"))




        failures = []
        _failures = d.pop("failures")
        for failures_item_data in (_failures):
            failures_item = RulesFailureOut.from_dict(failures_item_data)



            failures.append(failures_item)


        advisories = []
        _advisories = d.pop("advisories")
        for advisories_item_data in (_advisories):
            advisories_item = RulesFailureOut.from_dict(advisories_item_data)



            advisories.append(advisories_item)


        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        received_on_basis = d.pop("received_on_basis")

        ruleset = d.pop("ruleset")

        def _parse_election(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        election = _parse_election(d.pop("election"))


        policies = Policies.from_dict(d.pop("policies"))




        policy_overrides = RulesAdmissibilityOutPolicyOverrides.from_dict(d.pop("policy_overrides"))




        def _parse_filing_deadline(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                filing_deadline_type_0 = datetime.date.fromisoformat(data)



                return filing_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        filing_deadline = _parse_filing_deadline(d.pop("filing_deadline"))


        def _parse_filing(data: object) -> None | RulesDeadlineOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filing_type_0 = RulesDeadlineOut.from_dict(data)



                return filing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesDeadlineOut, data)

        filing = _parse_filing(d.pop("filing"))


        def _parse_completion_deadline(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_deadline_type_0 = datetime.date.fromisoformat(data)



                return completion_deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        completion_deadline = _parse_completion_deadline(d.pop("completion_deadline"))


        def _parse_completion_due_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completion_due_at_type_0 = datetime.datetime.fromisoformat(data)



                return completion_due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completion_due_at = _parse_completion_due_at(d.pop("completion_due_at"))


        def _parse_completion(data: object) -> None | RulesDeadlineOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = RulesDeadlineOut.from_dict(data)



                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RulesDeadlineOut, data)

        completion = _parse_completion(d.pop("completion"))


        nik_failures = cast(list[str], d.pop("nik_failures"))


        rules_admissibility_out = cls(
            verdict=verdict,
            failures=failures,
            advisories=advisories,
            received_on=received_on,
            received_on_basis=received_on_basis,
            ruleset=ruleset,
            election=election,
            policies=policies,
            policy_overrides=policy_overrides,
            filing_deadline=filing_deadline,
            filing=filing,
            completion_deadline=completion_deadline,
            completion_due_at=completion_due_at,
            completion=completion,
            nik_failures=nik_failures,
        )


        rules_admissibility_out.additional_properties = d
        return rules_admissibility_out

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
