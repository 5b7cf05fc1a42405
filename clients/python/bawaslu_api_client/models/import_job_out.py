from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_job_out_format import ImportJobOutFormat
from ..models.import_job_out_status import ImportJobOutStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.import_item_result import ImportItemResult





T = TypeVar("T", bound="ImportJobOut")



@_attrs_define
class ImportJobOut:
    """ 
        Attributes:
            id (UUID):
            filename (str):
            format_ (ImportJobOutFormat):
            dry_run (bool):
            status (ImportJobOutStatus):
            total (int):
            processed (int):
            created (int):
            duplicates (int):
            invalid (int):
            created_at (datetime.datetime):
            finished_at (datetime.datetime | None):
            results (list[ImportItemResult]):
     """

    id: UUID
    filename: str
    format_: ImportJobOutFormat
    dry_run: bool
    status: ImportJobOutStatus
    total: int
    processed: int
    created: int
    duplicates: int
    invalid: int
    created_at: datetime.datetime
    finished_at: datetime.datetime | None
    results: list[ImportItemResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_item_result import ImportItemResult # noqa: PLC0415
        id = str(self.id)

        filename = self.filename

        format_ = self.format_.value

        dry_run = self.dry_run

        status = self.status.value

        total = self.total

        processed = self.processed

        created = self.created

        duplicates = self.duplicates

        invalid = self.invalid

        created_at = self.created_at.isoformat()

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "filename": filename,
            "format": format_,
            "dry_run": dry_run,
            "status": status,
            "total": total,
            "processed": processed,
            "created": created,
            "duplicates": duplicates,
            "invalid": invalid,
            "created_at": created_at,
            "finished_at": finished_at,
            "results": results,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_item_result import ImportItemResult # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        filename = d.pop("filename")

        format_ = ImportJobOutFormat(d.pop("format"))




        dry_run = d.pop("dry_run")

        status = ImportJobOutStatus(d.pop("status"))




        total = d.pop("total")

        processed = d.pop("processed")

        created = d.pop("created")

        duplicates = d.pop("duplicates")

        invalid = d.pop("invalid")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)



                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))


        results = []
        _results = d.pop("results")
        for results_item_data in (_results):
            results_item = ImportItemResult.from_dict(results_item_data)



            results.append(results_item)


        import_job_out = cls(
            id=id,
            filename=filename,
            format_=format_,
            dry_run=dry_run,
            status=status,
            total=total,
            processed=processed,
            created=created,
            duplicates=duplicates,
            invalid=invalid,
            created_at=created_at,
            finished_at=finished_at,
            results=results,
        )


        import_job_out.additional_properties = d
        return import_job_out

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
