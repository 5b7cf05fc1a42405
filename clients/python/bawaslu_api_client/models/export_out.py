from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.export_out_format import ExportOutFormat
from ..models.export_out_status import ExportOutStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.export_out_filters import ExportOutFilters





T = TypeVar("T", bound="ExportOut")



@_attrs_define
class ExportOut:
    """ A queued export: poll until `status` is `done`, then read `content` (your own
    exports only, for 7 days).

        Attributes:
            id (UUID):
            format_ (ExportOutFormat):
            status (ExportOutStatus):
            filters (ExportOutFilters):
            started_at (datetime.datetime):
            row_count (int | None | Unset):
            size (int | None | Unset): Bytes of the file, once written.
            error (None | str | Unset):
            finished_at (datetime.datetime | None | Unset):
            content (None | str | Unset): Where to read the file, once done.
     """

    id: UUID
    format_: ExportOutFormat
    status: ExportOutStatus
    filters: ExportOutFilters
    started_at: datetime.datetime
    row_count: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    error: None | str | Unset = UNSET
    finished_at: datetime.datetime | None | Unset = UNSET
    content: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.export_out_filters import ExportOutFilters # noqa: PLC0415
        id = str(self.id)

        format_ = self.format_.value

        status = self.status.value

        filters = self.filters.to_dict()

        started_at = self.started_at.isoformat()

        row_count: int | None | Unset
        if isinstance(self.row_count, Unset):
            row_count = UNSET
        else:
            row_count = self.row_count

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        finished_at: None | str | Unset
        if isinstance(self.finished_at, Unset):
            finished_at = UNSET
        elif isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        content: None | str | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        else:
            content = self.content


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "format": format_,
            "status": status,
            "filters": filters,
            "started_at": started_at,
        })
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if size is not UNSET:
            field_dict["size"] = size
        if error is not UNSET:
            field_dict["error"] = error
        if finished_at is not UNSET:
            field_dict["finished_at"] = finished_at
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_out_filters import ExportOutFilters # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        format_ = ExportOutFormat(d.pop("format"))




        status = ExportOutStatus(d.pop("status"))




        filters = ExportOutFilters.from_dict(d.pop("filters"))




        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))




        def _parse_row_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_count = _parse_row_count(d.pop("row_count", UNSET))


        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))


        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

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


        def _parse_content(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content = _parse_content(d.pop("content", UNSET))


        export_out = cls(
            id=id,
            format_=format_,
            status=status,
            filters=filters,
            started_at=started_at,
            row_count=row_count,
            size=size,
            error=error,
            finished_at=finished_at,
            content=content,
        )


        export_out.additional_properties = d
        return export_out

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
