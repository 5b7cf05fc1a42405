from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from uuid import UUID






T = TypeVar("T", bound="EvidenceRefIn")



@_attrs_define
class EvidenceRefIn:
    """ 
        Attributes:
            evidence_id (UUID): An evidence item of this case.
            relevance (str | Unset): What it shows. Default: ''.
     """

    evidence_id: UUID
    relevance: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        evidence_id = str(self.evidence_id)

        relevance = self.relevance


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "evidence_id": evidence_id,
        })
        if relevance is not UNSET:
            field_dict["relevance"] = relevance

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        evidence_id = UUID(d.pop("evidence_id"))




        relevance = d.pop("relevance", UNSET)

        evidence_ref_in = cls(
            evidence_id=evidence_id,
            relevance=relevance,
        )

        return evidence_ref_in

