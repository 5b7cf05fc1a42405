from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.policy_out_confidence import PolicyOutConfidence
from ..models.policy_out_kind import PolicyOutKind
from ..models.policy_out_source import PolicyOutSource
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.policy_setting_out import PolicySettingOut





T = TypeVar("T", bound="PolicyOut")



@_attrs_define
class PolicyOut:
    """ A named policy of the rules engine: the open legal question it answers, the
    engine's default with its basis, and the value this deployment uses.

        Attributes:
            name (str):
            kind (PolicyOutKind):
            choices (list[str] | None): The allowed values of a `choice`.
            default (bool | int | str): The engine's default (bawaslu_rules).
            value (bool | int | str): The value in force in this deployment.
            source (PolicyOutSource): `deployment` when an operator set it (see `setting`).
            basis (str): Legal basis of the default (citation).
            confidence (PolicyOutConfidence):
            question (str): The open legal question the policy answers.
            note (str):
            applies_to (None | str): `pemilu`, `pemilihan`, or null for both.
            setting (None | PolicySettingOut): The deployment setting in force (null when the default applies).
            minimum (int | None | Unset): The smallest value of an `int`.
            maximum (int | None | Unset): The largest value of an `int`.
            units (list[str] | None | Unset): The units a `duration` may be given in (`48 hours`, `3 calendar_day`).
     """

    name: str
    kind: PolicyOutKind
    choices: list[str] | None
    default: bool | int | str
    value: bool | int | str
    source: PolicyOutSource
    basis: str
    confidence: PolicyOutConfidence
    question: str
    note: str
    applies_to: None | str
    setting: None | PolicySettingOut
    minimum: int | None | Unset = UNSET
    maximum: int | None | Unset = UNSET
    units: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.policy_setting_out import PolicySettingOut # noqa: PLC0415
        name = self.name

        kind = self.kind.value

        choices: list[str] | None
        if isinstance(self.choices, list):
            choices = self.choices


        else:
            choices = self.choices

        default: bool | int | str
        default = self.default

        value: bool | int | str
        value = self.value

        source = self.source.value

        basis = self.basis

        confidence = self.confidence.value

        question = self.question

        note = self.note

        applies_to: None | str
        applies_to = self.applies_to

        setting: dict[str, Any] | None
        if isinstance(self.setting, PolicySettingOut):
            setting = self.setting.to_dict()
        else:
            setting = self.setting

        minimum: int | None | Unset
        if isinstance(self.minimum, Unset):
            minimum = UNSET
        else:
            minimum = self.minimum

        maximum: int | None | Unset
        if isinstance(self.maximum, Unset):
            maximum = UNSET
        else:
            maximum = self.maximum

        units: list[str] | None | Unset
        if isinstance(self.units, Unset):
            units = UNSET
        elif isinstance(self.units, list):
            units = self.units


        else:
            units = self.units


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "kind": kind,
            "choices": choices,
            "default": default,
            "value": value,
            "source": source,
            "basis": basis,
            "confidence": confidence,
            "question": question,
            "note": note,
            "applies_to": applies_to,
            "setting": setting,
        })
        if minimum is not UNSET:
            field_dict["minimum"] = minimum
        if maximum is not UNSET:
            field_dict["maximum"] = maximum
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_setting_out import PolicySettingOut # noqa: PLC0415
        d = dict(src_dict)
        name = d.pop("name")

        kind = PolicyOutKind(d.pop("kind"))




        def _parse_choices(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                choices_type_0 = cast(list[str], data)

                return choices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        choices = _parse_choices(d.pop("choices"))


        def _parse_default(data: object) -> bool | int | str:
            return cast(bool | int | str, data)

        default = _parse_default(d.pop("default"))


        def _parse_value(data: object) -> bool | int | str:
            return cast(bool | int | str, data)

        value = _parse_value(d.pop("value"))


        source = PolicyOutSource(d.pop("source"))




        basis = d.pop("basis")

        confidence = PolicyOutConfidence(d.pop("confidence"))




        question = d.pop("question")

        note = d.pop("note")

        def _parse_applies_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        applies_to = _parse_applies_to(d.pop("applies_to"))


        def _parse_setting(data: object) -> None | PolicySettingOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                setting_type_0 = PolicySettingOut.from_dict(data)



                return setting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PolicySettingOut, data)

        setting = _parse_setting(d.pop("setting"))


        def _parse_minimum(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        minimum = _parse_minimum(d.pop("minimum", UNSET))


        def _parse_maximum(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        maximum = _parse_maximum(d.pop("maximum", UNSET))


        def _parse_units(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                units_type_0 = cast(list[str], data)

                return units_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        units = _parse_units(d.pop("units", UNSET))


        policy_out = cls(
            name=name,
            kind=kind,
            choices=choices,
            default=default,
            value=value,
            source=source,
            basis=basis,
            confidence=confidence,
            question=question,
            note=note,
            applies_to=applies_to,
            setting=setting,
            minimum=minimum,
            maximum=maximum,
            units=units,
        )


        policy_out.additional_properties = d
        return policy_out

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
