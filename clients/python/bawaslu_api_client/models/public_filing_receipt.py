from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_status import ReportStatus
from typing import cast
import datetime






T = TypeVar("T", bound="PublicFilingReceipt")



@_attrs_define
class PublicFilingReceipt:
    """ 
        Attributes:
            receipt_code (str): Keep it: it is the only way to follow the report.
            status (ReportStatus): Case states (docs/legal/rules.md §5).
            status_label (str):
            office (str):
            received_at (datetime.datetime):
            verdict (str):
            requirements_missing (list[str]):
     """

    receipt_code: str
    status: ReportStatus
    status_label: str
    office: str
    received_at: datetime.datetime
    verdict: str
    requirements_missing: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        receipt_code = self.receipt_code

        status = self.status.value

        status_label = self.status_label

        office = self.office

        received_at = self.received_at.isoformat()

        verdict = self.verdict

        requirements_missing = self.requirements_missing




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "receipt_code": receipt_code,
            "status": status,
            "status_label": status_label,
            "office": office,
            "received_at": received_at,
            "verdict": verdict,
            "requirements_missing": requirements_missing,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        receipt_code = d.pop("receipt_code")

        status = ReportStatus(d.pop("status"))




        status_label = d.pop("status_label")

        office = d.pop("office")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        verdict = d.pop("verdict")

        requirements_missing = cast(list[str], d.pop("requirements_missing"))


        public_filing_receipt = cls(
            receipt_code=receipt_code,
            status=status,
            status_label=status_label,
            office=office,
            received_at=received_at,
            verdict=verdict,
            requirements_missing=requirements_missing,
        )


        public_filing_receipt.additional_properties = d
        return public_filing_receipt

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
