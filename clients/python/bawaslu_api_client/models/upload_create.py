from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_channel import EvidenceChannel
from ..models.provided_by import ProvidedBy
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="UploadCreate")



@_attrs_define
class UploadCreate:
    """ 
        Attributes:
            size (int): Total size in bytes.
            description (str):
            sha256 (None | str | Unset): The file's SHA-256 in lower-case hex, if the client knows it: the upload fails at
                completion when the bytes differ. The server computes it anyway.
            filename (None | str | Unset):
            declared_type (None | str | Unset): What the client believes the type is (kept, not used).
            provided_by (ProvidedBy | Unset):
            channel (EvidenceChannel | Unset):
     """

    size: int
    description: str
    sha256: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    declared_type: None | str | Unset = UNSET
    provided_by: ProvidedBy | Unset = UNSET
    channel: EvidenceChannel | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        size = self.size

        description = self.description

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        declared_type: None | str | Unset
        if isinstance(self.declared_type, Unset):
            declared_type = UNSET
        else:
            declared_type = self.declared_type

        provided_by: str | Unset = UNSET
        if not isinstance(self.provided_by, Unset):
            provided_by = self.provided_by.value


        channel: str | Unset = UNSET
        if not isinstance(self.channel, Unset):
            channel = self.channel.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "size": size,
            "description": description,
        })
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if filename is not UNSET:
            field_dict["filename"] = filename
        if declared_type is not UNSET:
            field_dict["declared_type"] = declared_type
        if provided_by is not UNSET:
            field_dict["provided_by"] = provided_by
        if channel is not UNSET:
            field_dict["channel"] = channel

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        size = d.pop("size")

        description = d.pop("description")

        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))


        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))


        def _parse_declared_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        declared_type = _parse_declared_type(d.pop("declared_type", UNSET))


        _provided_by = d.pop("provided_by", UNSET)
        provided_by: ProvidedBy | Unset
        if isinstance(_provided_by,  Unset):
            provided_by = UNSET
        else:
            provided_by = ProvidedBy(_provided_by)




        _channel = d.pop("channel", UNSET)
        channel: EvidenceChannel | Unset
        if isinstance(_channel,  Unset):
            channel = UNSET
        else:
            channel = EvidenceChannel(_channel)




        upload_create = cls(
            size=size,
            description=description,
            sha256=sha256,
            filename=filename,
            declared_type=declared_type,
            provided_by=provided_by,
            channel=channel,
        )

        return upload_create

