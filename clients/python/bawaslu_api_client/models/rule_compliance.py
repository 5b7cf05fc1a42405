from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="RuleCompliance")



@_attrs_define
class RuleCompliance:
    """ Deadline compliance of one statutory clock (`deadline.rule_id`).

        Attributes:
            rule_id (str):
            label (str): Indonesian: how long, from what.
            label_en (str):
            total (int):
            met (int):
            missed (int):
            waived (int): Set aside by the workflow or an override.
            pending (int):
            overdue (int): Pending and already past due (as of now).
            overridden (int): Clocks an officer overrode (status set or due time moved), any status.
            compliance_rate (float | None): met / (met + missed).
     """

    rule_id: str
    label: str
    label_en: str
    total: int
    met: int
    missed: int
    waived: int
    pending: int
    overdue: int
    overridden: int
    compliance_rate: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        rule_id = self.rule_id

        label = self.label

        label_en = self.label_en

        total = self.total

        met = self.met

        missed = self.missed

        waived = self.waived

        pending = self.pending

        overdue = self.overdue

        overridden = self.overridden

        compliance_rate: float | None
        compliance_rate = self.compliance_rate


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "rule_id": rule_id,
            "label": label,
            "label_en": label_en,
            "total": total,
            "met": met,
            "missed": missed,
            "waived": waived,
            "pending": pending,
            "overdue": overdue,
            "overridden": overridden,
            "compliance_rate": compliance_rate,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rule_id = d.pop("rule_id")

        label = d.pop("label")

        label_en = d.pop("label_en")

        total = d.pop("total")

        met = d.pop("met")

        missed = d.pop("missed")

        waived = d.pop("waived")

        pending = d.pop("pending")

        overdue = d.pop("overdue")

        overridden = d.pop("overridden")

        def _parse_compliance_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        compliance_rate = _parse_compliance_rate(d.pop("compliance_rate"))


        rule_compliance = cls(
            rule_id=rule_id,
            label=label,
            label_en=label_en,
            total=total,
            met=met,
            missed=missed,
            waived=waived,
            pending=pending,
            overdue=overdue,
            overridden=overridden,
            compliance_rate=compliance_rate,
        )


        rule_compliance.additional_properties = d
        return rule_compliance

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
