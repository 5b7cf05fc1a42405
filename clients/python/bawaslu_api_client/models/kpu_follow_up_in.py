from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="KpuFollowUpIn")



@_attrs_define
class KpuFollowUpIn:
    """ 
        Attributes:
            action (str): Tindak lanjut: what KPU did.
            document_reference (str): Number of KPU's decree or letter.
            followed_up_at (datetime.datetime): When KPU took the action.
     """

    action: str
    document_reference: str
    followed_up_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        action = self.action

        document_reference = self.document_reference

        followed_up_at = self.followed_up_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "action": action,
            "document_reference": document_reference,
            "followed_up_at": followed_up_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = d.pop("action")

        document_reference = d.pop("document_reference")

        followed_up_at = datetime.datetime.fromisoformat(d.pop("followed_up_at"))




        kpu_follow_up_in = cls(
            action=action,
            document_reference=document_reference,
            followed_up_at=followed_up_at,
        )

        return kpu_follow_up_in

