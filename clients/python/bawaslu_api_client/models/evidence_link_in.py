from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="EvidenceLinkIn")



@_attrs_define
class EvidenceLinkIn:
    """ 
        Attributes:
            digital_id (UUID): The file item that digitises this physical item.
     """

    digital_id: UUID





    def to_dict(self) -> dict[str, Any]:
        digital_id = str(self.digital_id)


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "digital_id": digital_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        digital_id = UUID(d.pop("digital_id"))




        evidence_link_in = cls(
            digital_id=digital_id,
        )

        return evidence_link_in

