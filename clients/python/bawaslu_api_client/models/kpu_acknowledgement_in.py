from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="KpuAcknowledgementIn")



@_attrs_define
class KpuAcknowledgementIn:
    """ 
        Attributes:
            received_at (datetime.datetime): When KPU received the forwarding. For `pemilihan` the follow-up clock (7
                calendar days, UU 10/2016 Art. 139-140) starts here.
     """

    received_at: datetime.datetime





    def to_dict(self) -> dict[str, Any]:
        received_at = self.received_at.isoformat()


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "received_at": received_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        kpu_acknowledgement_in = cls(
            received_at=received_at,
        )

        return kpu_acknowledgement_in

