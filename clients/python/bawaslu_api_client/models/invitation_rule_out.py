from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.invitation_rule_out_policy import InvitationRuleOutPolicy





T = TypeVar("T", bound="InvitationRuleOut")



@_attrs_define
class InvitationRuleOut:
    """ 
        Attributes:
            lead_days (int):
            unit (str): `working_day` or `calendar_day`.
            basis (str):
            confidence (str):
            policy (InvitationRuleOutPolicy): The named policies applied: `clarification.invitation_day`,
                `clarification.invitations_before_proceeding`.
     """

    lead_days: int
    unit: str
    basis: str
    confidence: str
    policy: InvitationRuleOutPolicy
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation_rule_out_policy import InvitationRuleOutPolicy # noqa: PLC0415
        lead_days = self.lead_days

        unit = self.unit

        basis = self.basis

        confidence = self.confidence

        policy = self.policy.to_dict()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "lead_days": lead_days,
            "unit": unit,
            "basis": basis,
            "confidence": confidence,
            "policy": policy,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitation_rule_out_policy import InvitationRuleOutPolicy # noqa: PLC0415
        d = dict(src_dict)
        lead_days = d.pop("lead_days")

        unit = d.pop("unit")

        basis = d.pop("basis")

        confidence = d.pop("confidence")

        policy = InvitationRuleOutPolicy.from_dict(d.pop("policy"))




        invitation_rule_out = cls(
            lead_days=lead_days,
            unit=unit,
            basis=basis,
            confidence=confidence,
            policy=policy,
        )


        invitation_rule_out.additional_properties = d
        return invitation_rule_out

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
