from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.admissibility_out_policy_overrides import AdmissibilityOutPolicyOverrides
  from ..models.failure_out import FailureOut





T = TypeVar("T", bound="AdmissibilityOut")



@_attrs_define
class AdmissibilityOut:
    """ 
        Attributes:
            verdict (str): `registrable`, `incomplete`, `not_administrative`, `late`, `outside_window` or
                `reporter_not_eligible` (bawaslu_rules' initial review).
            failures (list[FailureOut]):
            ruleset (str):
            received_on (datetime.date):
            received_on_basis (str | Unset): Why that receipt date: office hours, 24-hour days, reception days. Default: ''.
            policy_overrides (AdmissibilityOutPolicyOverrides | Unset): The deployment's rules policy settings the review
                was made with (`GET /v1/rules/policies`); empty when every default applied.
     """

    verdict: str
    failures: list[FailureOut]
    ruleset: str
    received_on: datetime.date
    received_on_basis: str | Unset = ''
    policy_overrides: AdmissibilityOutPolicyOverrides | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.admissibility_out_policy_overrides import AdmissibilityOutPolicyOverrides # noqa: PLC0415
        from ..models.failure_out import FailureOut # noqa: PLC0415
        verdict = self.verdict

        failures = []
        for failures_item_data in self.failures:
            failures_item = failures_item_data.to_dict()
            failures.append(failures_item)



        ruleset = self.ruleset

        received_on = self.received_on.isoformat()

        received_on_basis = self.received_on_basis

        policy_overrides: dict[str, Any] | Unset = UNSET
        if not isinstance(self.policy_overrides, Unset):
            policy_overrides = self.policy_overrides.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "verdict": verdict,
            "failures": failures,
            "ruleset": ruleset,
            "received_on": received_on,
        })
        if received_on_basis is not UNSET:
            field_dict["received_on_basis"] = received_on_basis
        if policy_overrides is not UNSET:
            field_dict["policy_overrides"] = policy_overrides

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.admissibility_out_policy_overrides import AdmissibilityOutPolicyOverrides # noqa: PLC0415
        from ..models.failure_out import FailureOut # noqa: PLC0415
        d = dict(src_dict)
        verdict = d.pop("verdict")

        failures = []
        _failures = d.pop("failures")
        for failures_item_data in (_failures):
            failures_item = FailureOut.from_dict(failures_item_data)



            failures.append(failures_item)


        ruleset = d.pop("ruleset")

        received_on = datetime.date.fromisoformat(d.pop("received_on"))




        received_on_basis = d.pop("received_on_basis", UNSET)

        _policy_overrides = d.pop("policy_overrides", UNSET)
        policy_overrides: AdmissibilityOutPolicyOverrides | Unset
        if isinstance(_policy_overrides,  Unset):
            policy_overrides = UNSET
        else:
            policy_overrides = AdmissibilityOutPolicyOverrides.from_dict(_policy_overrides)




        admissibility_out = cls(
            verdict=verdict,
            failures=failures,
            ruleset=ruleset,
            received_on=received_on,
            received_on_basis=received_on_basis,
            policy_overrides=policy_overrides,
        )


        admissibility_out.additional_properties = d
        return admissibility_out

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
