from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.regime import Regime
from ..models.zone import Zone
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="DeadlineRequest")



@_attrs_define
class DeadlineRequest:
    """ What to compute: one rule of a regime from a trigger.

        Attributes:
            regime (Regime): The two legal regimes (docs/legal/rules.md §1).
            rule (str):
            trigger (datetime.date | datetime.datetime): The triggering date; hours rules need a timestamp with offset.
            zone (None | Unset | Zone): Time zone of the office; default Asia/Jakarta, or the office's.
            office (None | str | Unset): Office code: its time zone is used.
            ruleset (None | str | Unset): Ruleset version (`2022.1`); default: the one in force on the trigger date.
            explain (bool | Unset): Include the trace of skipped and counted days. Default: False.
     """

    regime: Regime
    rule: str
    trigger: datetime.date | datetime.datetime
    zone: None | Unset | Zone = UNSET
    office: None | str | Unset = UNSET
    ruleset: None | str | Unset = UNSET
    explain: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        regime = self.regime.value

        rule = self.rule

        trigger: str
        if isinstance(self.trigger, datetime.date):
            trigger = self.trigger.isoformat()
        else:
            trigger = self.trigger.isoformat()


        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        elif isinstance(self.zone, Zone):
            zone = self.zone.value
        else:
            zone = self.zone

        office: None | str | Unset
        if isinstance(self.office, Unset):
            office = UNSET
        else:
            office = self.office

        ruleset: None | str | Unset
        if isinstance(self.ruleset, Unset):
            ruleset = UNSET
        else:
            ruleset = self.ruleset

        explain = self.explain


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "regime": regime,
            "rule": rule,
            "trigger": trigger,
        })
        if zone is not UNSET:
            field_dict["zone"] = zone
        if office is not UNSET:
            field_dict["office"] = office
        if ruleset is not UNSET:
            field_dict["ruleset"] = ruleset
        if explain is not UNSET:
            field_dict["explain"] = explain

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        regime = Regime(d.pop("regime"))




        rule = d.pop("rule")

        def _parse_trigger(data: object) -> datetime.date | datetime.datetime:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trigger_type_0 = datetime.date.fromisoformat(data)



                return trigger_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            trigger_type_1 = datetime.datetime.fromisoformat(data)



            return trigger_type_1

        trigger = _parse_trigger(d.pop("trigger"))


        def _parse_zone(data: object) -> None | Unset | Zone:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                zone_type_0 = Zone(data)



                return zone_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | Zone, data)

        zone = _parse_zone(d.pop("zone", UNSET))


        def _parse_office(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        office = _parse_office(d.pop("office", UNSET))


        def _parse_ruleset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruleset = _parse_ruleset(d.pop("ruleset", UNSET))


        explain = d.pop("explain", UNSET)

        deadline_request = cls(
            regime=regime,
            rule=rule,
            trigger=trigger,
            zone=zone,
            office=office,
            ruleset=ruleset,
            explain=explain,
        )

        return deadline_request

