from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.dossier_tick_code import DossierTickCode
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="DossierTick")



@_attrs_define
class DossierTick:
    """ 
        Attributes:
            code (DossierTickCode): A document of Perbawaslu 3/2023 Art. 27.
            included (bool | Unset): False removes the tick. Default: True.
            evidence_id (None | Unset | UUID): The document as an evidence item.
            note (str | Unset):  Default: ''.
     """

    code: DossierTickCode
    included: bool | Unset = True
    evidence_id: None | Unset | UUID = UNSET
    note: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        included = self.included

        evidence_id: None | str | Unset
        if isinstance(self.evidence_id, Unset):
            evidence_id = UNSET
        elif isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id

        note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
        })
        if included is not UNSET:
            field_dict["included"] = included
        if evidence_id is not UNSET:
            field_dict["evidence_id"] = evidence_id
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = DossierTickCode(d.pop("code"))




        included = d.pop("included", UNSET)

        def _parse_evidence_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_id_type_0 = UUID(data)



                return evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id", UNSET))


        note = d.pop("note", UNSET)

        dossier_tick = cls(
            code=code,
            included=included,
            evidence_id=evidence_id,
            note=note,
        )

        return dossier_tick

