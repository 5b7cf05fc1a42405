from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.upload_status import UploadStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="UploadOut")



@_attrs_define
class UploadOut:
    """ 
        Attributes:
            id (UUID):
            report_id (UUID):
            size (int):
            offset (int): Bytes stored so far; the next part starts here.
            sha256 (None | str): The SHA-256 the client announced, if any.
            status (UploadStatus):
            expires_at (datetime.datetime):
            upload_url (str):
            evidence_id (None | Unset | UUID):
     """

    id: UUID
    report_id: UUID
    size: int
    offset: int
    sha256: None | str
    status: UploadStatus
    expires_at: datetime.datetime
    upload_url: str
    evidence_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        report_id = str(self.report_id)

        size = self.size

        offset = self.offset

        sha256: None | str
        sha256 = self.sha256

        status = self.status.value

        expires_at = self.expires_at.isoformat()

        upload_url = self.upload_url

        evidence_id: None | str | Unset
        if isinstance(self.evidence_id, Unset):
            evidence_id = UNSET
        elif isinstance(self.evidence_id, UUID):
            evidence_id = str(self.evidence_id)
        else:
            evidence_id = self.evidence_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "size": size,
            "offset": offset,
            "sha256": sha256,
            "status": status,
            "expires_at": expires_at,
            "upload_url": upload_url,
        })
        if evidence_id is not UNSET:
            field_dict["evidence_id"] = evidence_id

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        size = d.pop("size")

        offset = d.pop("offset")

        def _parse_sha256(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        sha256 = _parse_sha256(d.pop("sha256"))


        status = UploadStatus(d.pop("status"))




        expires_at = datetime.datetime.fromisoformat(d.pop("expires_at"))




        upload_url = d.pop("upload_url")

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


        upload_out = cls(
            id=id,
            report_id=report_id,
            size=size,
            offset=offset,
            sha256=sha256,
            status=status,
            expires_at=expires_at,
            upload_url=upload_url,
            evidence_id=evidence_id,
        )


        upload_out.additional_properties = d
        return upload_out

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
