from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.regime import Regime
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.policies import Policies
  from ..models.rule_out import RuleOut
  from ..models.ruleset_out_policy_overrides import RulesetOutPolicyOverrides
  from ..models.window_out import WindowOut





T = TypeVar("T", bound="RulesetOut")



@_attrs_define
class RulesetOut:
    """ One ruleset version: in force from `effective_from` until the next version.

        Attributes:
            id (str):
            regime (Regime): The two legal regimes (docs/legal/rules.md §1).
            version (str):
            title (str):
            regulations (list[str]):
            effective_from (datetime.date):
            effective_until (datetime.date | None): Last day before the next version took effect; null for the current one.
            effective_note (str):
            policies (Policies): The ruleset's policies as applied (docs/legal/rules.md §2; each one is a named
                policy of `GET /v1/rules/policies`).
            policy_overrides (RulesetOutPolicyOverrides): The deployment's policy settings this result was computed with
                (empty when every default applied); see `GET /v1/rules/policies`.
            rules (list[RuleOut]):
            windows (list[WindowOut]):
     """

    id: str
    regime: Regime
    version: str
    title: str
    regulations: list[str]
    effective_from: datetime.date
    effective_until: datetime.date | None
    effective_note: str
    policies: Policies
    policy_overrides: RulesetOutPolicyOverrides
    rules: list[RuleOut]
    windows: list[WindowOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.policies import Policies # noqa: PLC0415
        from ..models.rule_out import RuleOut # noqa: PLC0415
        from ..models.ruleset_out_policy_overrides import RulesetOutPolicyOverrides # noqa: PLC0415
        from ..models.window_out import WindowOut # noqa: PLC0415
        id = self.id

        regime = self.regime.value

        version = self.version

        title = self.title

        regulations = self.regulations



        effective_from = self.effective_from.isoformat()

        effective_until: None | str
        if isinstance(self.effective_until, datetime.date):
            effective_until = self.effective_until.isoformat()
        else:
            effective_until = self.effective_until

        effective_note = self.effective_note

        policies = self.policies.to_dict()

        policy_overrides = self.policy_overrides.to_dict()

        rules = []
        for rules_item_data in self.rules:
            rules_item = rules_item_data.to_dict()
            rules.append(rules_item)



        windows = []
        for windows_item_data in self.windows:
            windows_item = windows_item_data.to_dict()
            windows.append(windows_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "regime": regime,
            "version": version,
            "title": title,
            "regulations": regulations,
            "effective_from": effective_from,
            "effective_until": effective_until,
            "effective_note": effective_note,
            "policies": policies,
            "policy_overrides": policy_overrides,
            "rules": rules,
            "windows": windows,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policies import Policies # noqa: PLC0415
        from ..models.rule_out import RuleOut # noqa: PLC0415
        from ..models.ruleset_out_policy_overrides import RulesetOutPolicyOverrides # noqa: PLC0415
        from ..models.window_out import WindowOut # noqa: PLC0415
        d = dict(src_dict)
        id = d.pop("id")

        regime = Regime(d.pop("regime"))




        version = d.pop("version")

        title = d.pop("title")

        regulations = cast(list[str], d.pop("regulations"))


        effective_from = datetime.date.fromisoformat(d.pop("effective_from"))




        def _parse_effective_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_until_type_0 = datetime.date.fromisoformat(data)



                return effective_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        effective_until = _parse_effective_until(d.pop("effective_until"))


        effective_note = d.pop("effective_note")

        policies = Policies.from_dict(d.pop("policies"))




        policy_overrides = RulesetOutPolicyOverrides.from_dict(d.pop("policy_overrides"))




        rules = []
        _rules = d.pop("rules")
        for rules_item_data in (_rules):
            rules_item = RuleOut.from_dict(rules_item_data)



            rules.append(rules_item)


        windows = []
        _windows = d.pop("windows")
        for windows_item_data in (_windows):
            windows_item = WindowOut.from_dict(windows_item_data)



            windows.append(windows_item)


        ruleset_out = cls(
            id=id,
            regime=regime,
            version=version,
            title=title,
            regulations=regulations,
            effective_from=effective_from,
            effective_until=effective_until,
            effective_note=effective_note,
            policies=policies,
            policy_overrides=policy_overrides,
            rules=rules,
            windows=windows,
        )


        ruleset_out.additional_properties = d
        return ruleset_out

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
