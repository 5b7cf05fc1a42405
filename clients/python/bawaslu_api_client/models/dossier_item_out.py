from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="DossierItemOut")



@_attrs_define
class DossierItemOut:
    """ 
        Attributes:
            code (str):
            title (str):
            title_id (str):
            included (bool):
            evidence_id (None | UUID):
            note (str):
            ticked_by (None | str):
            ticked_at (datetime.datetime | None):
     """

    code: str
    title: str
    title_id: str
    included: bool
    evidence_id: None | UUID
    note: str
    ticked_by: None | str
    ticked_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        title_id = self.title_id

        included = self.included

        evidence_id: None | str
        if isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id

        note = self.note

        ticked_by: None | str
        ticked_by = self.ticked_by

        ticked_at: None | str
        if isinstance(self.ticked_at, datetime.datetime):
            ticked_at = self.ticked_at.isoformat()
        else:
            ticked_at = self.ticked_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "title": title,
            "title_id": title_id,
            "included": included,
            "evidence_id": evidence_id,
            "note": note,
            "ticked_by": ticked_by,
            "ticked_at": ticked_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        title = d.pop("title")

        title_id = d.pop("title_id")

        included = d.pop("included")

        def _parse_evidence_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_id_type_0 = UUID(data)



                return evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        evidence_id = _parse_evidence_id(d.pop("evidence_id"))


        note = d.pop("note")

        def _parse_ticked_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ticked_by = _parse_ticked_by(d.pop("ticked_by"))


        def _parse_ticked_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ticked_at_type_0 = datetime.datetime.fromisoformat(data)



                return ticked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        ticked_at = _parse_ticked_at(d.pop("ticked_at"))


        dossier_item_out = cls(
            code=code,
            title=title,
            title_id=title_id,
            included=included,
            evidence_id=evidence_id,
            note=note,
            ticked_by=ticked_by,
            ticked_at=ticked_at,
        )


        dossier_item_out.additional_properties = d
        return dossier_item_out

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
