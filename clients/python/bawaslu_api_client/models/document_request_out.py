from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_request_out_status import DocumentRequestOutStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.request_error import RequestError





T = TypeVar("T", bound="DocumentRequestOut")



@_attrs_define
class DocumentRequestOut:
    """ A document asked for off the request. Poll ``GET /v1/document-requests/{id}``:
    ``queued`` until the worker has issued it (``done``: ``document_id``, read it at
    ``/v1/documents/{document_id}``) or refused it (``failed``: ``error``).

        Attributes:
            id (UUID):
            kind (str):
            office (str):
            status (DocumentRequestOutStatus):
            requested_by (str):
            created_at (datetime.datetime):
            document_id (None | Unset | UUID):
            error (None | RequestError | Unset):
            finished_at (datetime.datetime | None | Unset):
     """

    id: UUID
    kind: str
    office: str
    status: DocumentRequestOutStatus
    requested_by: str
    created_at: datetime.datetime
    document_id: None | Unset | UUID = UNSET
    error: None | RequestError | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.request_error import RequestError # noqa: PLC0415
        id = str(self.id)

        kind = self.kind

        office = self.office

        status = self.status.value

        requested_by = self.requested_by

        created_at = self.created_at.isoformat()

        document_id: None | str | Unset
        if isinstance(self.document_id, Unset):
            document_id = UNSET
        elif isinstance(self.document_id, UUID):
            document_id = str(self.document_id)
        else:
            document_id = self.document_id

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RequestError):
            error = self.error.to_dict()
        else:
            error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "office": office,
            "status": status,
            "requested_by": requested_by,
            "created_at": created_at,
        })
        if document_id is not UNSET:
            field_dict["document_id"] = document_id
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_error import RequestError # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = d.pop("kind")

        office = d.pop("office")

        status = DocumentRequestOutStatus(d.pop("status"))




        requested_by = d.pop("requested_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_document_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_id_type_0 = UUID(data)



                return document_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        document_id = _parse_document_id(d.pop("document_id", UNSET))


        def _parse_error(data: object) -> None | RequestError | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = RequestError.from_dict(data)



                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestError | Unset, data)

        error = _parse_error(d.pop("error", UNSET))


        def _parse_finished_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finished_at = _parse_finished_at(d.pop("finished_at", UNSET))


        document_request_out = cls(
            id=id,
            kind=kind,
            office=office,
            status=status,
            requested_by=requested_by,
            created_at=created_at,
            document_id=document_id,
            error=error,
            finished_at=finished_at,
        )


        document_request_out.additional_properties = d
        return document_request_out

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
