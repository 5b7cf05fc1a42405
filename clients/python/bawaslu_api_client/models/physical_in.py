from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_channel import EvidenceChannel
from ..models.physical_in_category import PhysicalInCategory
from ..models.provided_by import ProvidedBy
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.physical_receipt import PhysicalReceipt





T = TypeVar("T", bound="PhysicalIn")



@_attrs_define
class PhysicalIn:
    """ 
        Attributes:
            category (PhysicalInCategory):
            description (str):
            receipt (PhysicalReceipt): Who received a physical item, when, how many copies, and where it is kept.
            provided_by (ProvidedBy | Unset):
            channel (EvidenceChannel | Unset):
     """

    category: PhysicalInCategory
    description: str
    receipt: PhysicalReceipt
    provided_by: ProvidedBy | Unset = UNSET
    channel: EvidenceChannel | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.physical_receipt import PhysicalReceipt # noqa: PLC0415
        category = self.category.value

        description = self.description

        receipt = self.receipt.to_dict()

        provided_by: str | Unset = UNSET
        if not isinstance(self.provided_by, Unset):
            provided_by = self.provided_by.value


        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "category": category,
            "description": description,
            "receipt": receipt,
        })
        if provided_by is not UNSET:
            field_dict["provided_by"] = provided_by
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.physical_receipt import PhysicalReceipt # noqa: PLC0415
        d = dict(src_dict)
        category = PhysicalInCategory(d.pop("category"))




        description = d.pop("description")

        receipt = PhysicalReceipt.from_dict(d.pop("receipt"))




        _provided_by = d.pop("provided_by", UNSET)
        provided_by: ProvidedBy | Unset
        if isinstance(_provided_by,  Unset):
            provided_by = UNSET
        else:
            provided_by = ProvidedBy(_provided_by)




        _channel = d.pop("channel", UNSET)
        channel: EvidenceChannel | Unset
        if isinstance(_channel,  Unset):
            channel = UNSET
        else:
            channel = EvidenceChannel(_channel)




        physical_in = cls(
            category=category,
            description=description,
            receipt=receipt,
            provided_by=provided_by,
            channel=channel,
        )

        return physical_in

