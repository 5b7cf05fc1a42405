from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="SignedScan")



@_attrs_define
class SignedScan:
    """ 
        Attributes:
            evidence_id (UUID):
            linked_by (str):
            linked_at (datetime.datetime):
     """

    evidence_id: UUID
    linked_by: str
    linked_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        evidence_id = str(self.evidence_id)

        linked_by = self.linked_by

        linked_at = self.linked_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "evidence_id": evidence_id,
            "linked_by": linked_by,
            "linked_at": linked_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence_id = UUID(d.pop("evidence_id"))




        linked_by = d.pop("linked_by")

        linked_at = datetime.datetime.fromisoformat(d.pop("linked_at"))




        signed_scan = cls(
            evidence_id=evidence_id,
            linked_by=linked_by,
            linked_at=linked_at,
        )


        signed_scan.additional_properties = d
        return signed_scan

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
