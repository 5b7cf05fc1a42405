from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.import_item_result_status import ImportItemResultStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.existing_import import ExistingImport
  from ..models.field_problem import FieldProblem





T = TypeVar("T", bound="ImportItemResult")



@_attrs_define
class ImportItemResult:
    """ 
        Attributes:
            index (int): Position of the item in the batch (or the file's row - 2).
            external_id (None | str):
            status (ImportItemResultStatus): `created` (stored now), `duplicate` (imported before for your office:
                `report_id` is that report, `existing` says who imported it and when), `invalid` (nothing stored: see
                `problems`), `valid` (dry run: would be created).
            report_id (None | Unset | UUID): The report created, or for a `duplicate` the report imported before (null if it
                has since moved outside your jurisdiction).
            existing (ExistingImport | None | Unset): For a `duplicate`: who imported it first, and when.
            verdict (None | str | Unset): Admissibility verdict of a created report.
            receipt_code (None | str | Unset): Reports created by a JSON batch only: the reporter's receipt code, shown once
                (not kept in import jobs).
            problems (list[FieldProblem] | Unset):
     """

    index: int
    external_id: None | str
    status: ImportItemResultStatus
    report_id: None | Unset | UUID = UNSET
    existing: ExistingImport | None | Unset = UNSET
    verdict: None | str | Unset = UNSET
    receipt_code: None | str | Unset = UNSET
    problems: list[FieldProblem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.existing_import import ExistingImport # noqa: PLC0415
        from ..models.field_problem import FieldProblem # noqa: PLC0415
        index = self.index

        external_id: None | str
        external_id = self.external_id

        status = self.status.value

        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        elif isinstance(self.report_id, UUID):
            report_id = str(self.report_id)
        else:
            report_id = self.report_id

        existing: dict[str, Any] | None | Unset
        if isinstance(self.existing, Unset):
            existing = UNSET
        elif isinstance(self.existing, ExistingImport):
            existing = self.existing.to_dict()
        else:
            existing = self.existing

        verdict: None | str | Unset
        if isinstance(self.verdict, Unset):
            verdict = UNSET
        else:
            verdict = self.verdict

        receipt_code: None | str | Unset
        if isinstance(self.receipt_code, Unset):
            receipt_code = UNSET
        else:
            receipt_code = self.receipt_code

        problems: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.problems, Unset):
            problems = []
            for problems_item_data in self.problems:
                problems_item = problems_item_data.to_dict()
                problems.append(problems_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "index": index,
            "external_id": external_id,
            "status": status,
        })
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if existing is not UNSET:
            field_dict["existing"] = existing
        if verdict is not UNSET:
            field_dict["verdict"] = verdict
        if receipt_code is not UNSET:
            field_dict["receipt_code"] = receipt_code
        if problems is not UNSET:
            field_dict["problems"] = problems

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.existing_import import ExistingImport # noqa: PLC0415
        from ..models.field_problem import FieldProblem # noqa: PLC0415
        d = dict(src_dict)
        index = d.pop("index")

        def _parse_external_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        external_id = _parse_external_id(d.pop("external_id"))


        status = ImportItemResultStatus(d.pop("status"))




        def _parse_report_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_id_type_0 = UUID(data)



                return report_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))


        def _parse_existing(data: object) -> ExistingImport | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                existing_type_0 = ExistingImport.from_dict(data)



                return existing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ExistingImport | None | Unset, data)

        existing = _parse_existing(d.pop("existing", UNSET))


        def _parse_verdict(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        verdict = _parse_verdict(d.pop("verdict", UNSET))


        def _parse_receipt_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_code = _parse_receipt_code(d.pop("receipt_code", UNSET))


        _problems = d.pop("problems", UNSET)
        problems: list[FieldProblem] | Unset = UNSET
        if _problems is not UNSET:
            problems = []
            for problems_item_data in _problems:
                problems_item = FieldProblem.from_dict(problems_item_data)



                problems.append(problems_item)


        import_item_result = cls(
            index=index,
            external_id=external_id,
            status=status,
            report_id=report_id,
            existing=existing,
            verdict=verdict,
            receipt_code=receipt_code,
            problems=problems,
        )


        import_item_result.additional_properties = d
        return import_item_result

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
