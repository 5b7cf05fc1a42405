from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_in_kind import EvidenceInKind
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EvidenceIn")



@_attrs_define
class EvidenceIn:
    """ 
        Attributes:
            kind (EvidenceInKind):
            description (str | Unset):  Default: ''.
            copies (int | None | Unset):
     """

    kind: EvidenceInKind
    description: str | Unset = ''
    copies: int | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        description = self.description

        copies: int | None | Unset
        if isinstance(self.copies, Unset):
            copies = UNSET
        else:
            copies = self.copies


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "kind": kind,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if copies is not UNSET:
            field_dict["copies"] = copies

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = EvidenceInKind(d.pop("kind"))




        description = d.pop("description", UNSET)

        def _parse_copies(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        copies = _parse_copies(d.pop("copies", UNSET))


        evidence_in = cls(
            kind=kind,
            description=description,
            copies=copies,
        )

        return evidence_in

