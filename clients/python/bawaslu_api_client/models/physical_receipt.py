from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PhysicalReceipt")



@_attrs_define
class PhysicalReceipt:
    """ Who received a physical item, when, how many copies, and where it is kept.

        Attributes:
            received_by (str): Staff who took it.
            received_at (datetime.datetime):
            kept_at (str): Where the office keeps it.
            handed_over_by (str | Unset): Who handed it in (name, or 'reporter'). Default: ''.
            copies (int | Unset): Copies received; documents are handed in 3 (docs/legal/rules.md §4). Default: 1.
     """

    received_by: str
    received_at: datetime.datetime
    kept_at: str
    handed_over_by: str | Unset = ''
    copies: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        received_by = self.received_by

        received_at = self.received_at.isoformat()

        kept_at = self.kept_at

        handed_over_by = self.handed_over_by

        copies = self.copies


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "received_by": received_by,
            "received_at": received_at,
            "kept_at": kept_at,
        })
        if handed_over_by is not UNSET:
            field_dict["handed_over_by"] = handed_over_by
        if copies is not UNSET:
            field_dict["copies"] = copies

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_by = d.pop("received_by")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        kept_at = d.pop("kept_at")

        handed_over_by = d.pop("handed_over_by", UNSET)

        copies = d.pop("copies", UNSET)

        physical_receipt = cls(
            received_by=received_by,
            received_at=received_at,
            kept_at=kept_at,
            handed_over_by=handed_over_by,
            copies=copies,
        )

        return physical_receipt

