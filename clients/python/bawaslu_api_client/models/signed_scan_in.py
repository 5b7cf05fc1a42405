from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from uuid import UUID






T = TypeVar("T", bound="SignedScanIn")



@_attrs_define
class SignedScanIn:
    """ 
        Attributes:
            evidence_id (UUID): The scan, uploaded to the case's evidence first (PDF or image).
     """

    evidence_id: UUID





    def to_dict(self) -> dict[str, Any]:
        evidence_id = str(self.evidence_id)


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "evidence_id": evidence_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence_id = UUID(d.pop("evidence_id"))




        signed_scan_in = cls(
            evidence_id=evidence_id,
        )

        return signed_scan_in

