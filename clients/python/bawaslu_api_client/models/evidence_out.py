from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.evidence_category import EvidenceCategory
from ..models.evidence_channel import EvidenceChannel
from ..models.evidence_form import EvidenceForm
from ..models.evidence_status import EvidenceStatus
from ..models.provided_by import ProvidedBy
from ..models.scan_status import ScanStatus
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.physical_receipt import PhysicalReceipt





T = TypeVar("T", bound="EvidenceOut")



@_attrs_define
class EvidenceOut:
    """ 
        Attributes:
            id (UUID):
            report_id (UUID):
            form (EvidenceForm):
            category (EvidenceCategory):
            status (EvidenceStatus):
            description (str):
            provided_by (ProvidedBy):
            channel (EvidenceChannel):
            recorded_by (str):
            recorded_at (datetime.datetime):
            scan_status (ScanStatus):
            filename (None | str | Unset):
            declared_type (None | str | Unset):
            content_type (None | str | Unset): Sniffed from the bytes.
            size (int | None | Unset):
            sha256 (None | str | Unset):
            scan_detail (None | str | Unset):
            corrupted_at (datetime.datetime | None | Unset): When a read found the stored bytes changed; never served since.
            receipt (None | PhysicalReceipt | Unset):
            custodian (None | str | Unset): Current custodian of a physical item.
            kept_at (None | str | Unset):
            digitises_id (None | Unset | UUID):
            digitised_by (list[UUID] | Unset):
            superseded_by_id (None | Unset | UUID):
            status_reason (None | str | Unset):
            content_url (None | str | Unset):
     """

    id: UUID
    report_id: UUID
    form: EvidenceForm
    category: EvidenceCategory
    status: EvidenceStatus
    description: str
    provided_by: ProvidedBy
    channel: EvidenceChannel
    recorded_by: str
    recorded_at: datetime.datetime
    scan_status: ScanStatus
    filename: None | str | Unset = UNSET
    declared_type: None | str | Unset = UNSET
    content_type: None | str | Unset = UNSET
    size: int | None | Unset = UNSET
    sha256: None | str | Unset = UNSET
    scan_detail: None | str | Unset = UNSET
    corrupted_at: datetime.datetime | None | Unset = UNSET
    receipt: None | PhysicalReceipt | Unset = UNSET
    custodian: None | str | Unset = UNSET
    kept_at: None | str | Unset = UNSET
    digitises_id: None | Unset | UUID = UNSET
    digitised_by: list[UUID] | Unset = UNSET
    superseded_by_id: None | Unset | UUID = UNSET
    status_reason: None | str | Unset = UNSET
    content_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.physical_receipt import PhysicalReceipt # noqa: PLC0415
        id = str(self.id)

        report_id = str(self.report_id)

        form = self.form.value

        category = self.category.value

        status = self.status.value

        description = self.description

        provided_by = self.provided_by.value

        channel = self.channel.value

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        scan_status = self.scan_status.value

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

        content_type: None | str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        else:
            content_type = self.content_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        sha256: None | str | Unset
        if isinstance(self.sha256, Unset):
            sha256 = UNSET
        else:
            sha256 = self.sha256

        scan_detail: None | str | Unset
        if isinstance(self.scan_detail, Unset):
            scan_detail = UNSET
        else:
            scan_detail = self.scan_detail

        corrupted_at: None | str | Unset
        if isinstance(self.corrupted_at, Unset):
            corrupted_at = UNSET
        elif isinstance(self.corrupted_at, datetime.datetime):
            corrupted_at = self.corrupted_at.isoformat()
        else:
            corrupted_at = self.corrupted_at

        receipt: dict[str, Any] | None | Unset
        if isinstance(self.receipt, Unset):
            receipt = UNSET
        elif isinstance(self.receipt, PhysicalReceipt):
            receipt = self.receipt.to_dict()
        else:
            receipt = self.receipt

        custodian: None | str | Unset
        if isinstance(self.custodian, Unset):
            custodian = UNSET
        else:
            custodian = self.custodian

        kept_at: None | str | Unset
        if isinstance(self.kept_at, Unset):
            kept_at = UNSET
        else:
            kept_at = self.kept_at

        digitises_id: None | str | Unset
        if isinstance(self.digitises_id, Unset):
            digitises_id = UNSET
        elif isinstance(self.digitises_id, UUID):
            digitises_id = str(self.digitises_id)
        else:
            digitises_id = self.digitises_id

        digitised_by: list[str] | Unset = UNSET
        if not isinstance(self.digitised_by, Unset):
            digitised_by = []
            for digitised_by_item_data in self.digitised_by:
                digitised_by_item = str(digitised_by_item_data)
                digitised_by.append(digitised_by_item)



        superseded_by_id: None | str | Unset
        if isinstance(self.superseded_by_id, Unset):
            superseded_by_id = UNSET
        elif isinstance(self.superseded_by_id, UUID):
            superseded_by_id = str(self.superseded_by_id)
        else:
            superseded_by_id = self.superseded_by_id

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

        content_url: None | str | Unset
        if isinstance(self.content_url, Unset):
            content_url = UNSET
        else:
            content_url = self.content_url


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "form": form,
            "category": category,
            "status": status,
            "description": description,
            "provided_by": provided_by,
            "channel": channel,
            "recorded_by": recorded_by,
            "recorded_at": recorded_at,
            "scan_status": scan_status,
        })
        if filename is not UNSET:
            field_dict["filename"] = filename
        if declared_type is not UNSET:
            field_dict["declared_type"] = declared_type
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if size is not UNSET:
            field_dict["size"] = size
        if sha256 is not UNSET:
            field_dict["sha256"] = sha256
        if scan_detail is not UNSET:
            field_dict["scan_detail"] = scan_detail
        if corrupted_at is not UNSET:
            field_dict["corrupted_at"] = corrupted_at
        if receipt is not UNSET:
            field_dict["receipt"] = receipt
        if custodian is not UNSET:
            field_dict["custodian"] = custodian
        if kept_at is not UNSET:
            field_dict["kept_at"] = kept_at
        if digitises_id is not UNSET:
            field_dict["digitises_id"] = digitises_id
        if digitised_by is not UNSET:
            field_dict["digitised_by"] = digitised_by
        if superseded_by_id is not UNSET:
            field_dict["superseded_by_id"] = superseded_by_id
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if content_url is not UNSET:
            field_dict["content_url"] = content_url

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.physical_receipt import PhysicalReceipt # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        report_id = UUID(d.pop("report_id"))




        form = EvidenceForm(d.pop("form"))




        category = EvidenceCategory(d.pop("category"))




        status = EvidenceStatus(d.pop("status"))




        description = d.pop("description")

        provided_by = ProvidedBy(d.pop("provided_by"))




        channel = EvidenceChannel(d.pop("channel"))




        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))




        scan_status = ScanStatus(d.pop("scan_status"))




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


        def _parse_content_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_type = _parse_content_type(d.pop("content_type", UNSET))


        def _parse_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        size = _parse_size(d.pop("size", UNSET))


        def _parse_sha256(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sha256 = _parse_sha256(d.pop("sha256", UNSET))


        def _parse_scan_detail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scan_detail = _parse_scan_detail(d.pop("scan_detail", UNSET))


        def _parse_corrupted_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                corrupted_at_type_0 = datetime.datetime.fromisoformat(data)



                return corrupted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        corrupted_at = _parse_corrupted_at(d.pop("corrupted_at", UNSET))


        def _parse_receipt(data: object) -> None | PhysicalReceipt | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                receipt_type_0 = PhysicalReceipt.from_dict(data)



                return receipt_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhysicalReceipt | Unset, data)

        receipt = _parse_receipt(d.pop("receipt", UNSET))


        def _parse_custodian(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custodian = _parse_custodian(d.pop("custodian", UNSET))


        def _parse_kept_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kept_at = _parse_kept_at(d.pop("kept_at", UNSET))


        def _parse_digitises_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                digitises_id_type_0 = UUID(data)



                return digitises_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        digitises_id = _parse_digitises_id(d.pop("digitises_id", UNSET))


        _digitised_by = d.pop("digitised_by", UNSET)
        digitised_by: list[UUID] | Unset = UNSET
        if _digitised_by is not UNSET:
            digitised_by = []
            for digitised_by_item_data in _digitised_by:
                digitised_by_item = UUID(digitised_by_item_data)



                digitised_by.append(digitised_by_item)


        def _parse_superseded_by_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_by_id_type_0 = UUID(data)



                return superseded_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        superseded_by_id = _parse_superseded_by_id(d.pop("superseded_by_id", UNSET))


        def _parse_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_reason = _parse_status_reason(d.pop("status_reason", UNSET))


        def _parse_content_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_url = _parse_content_url(d.pop("content_url", UNSET))


        evidence_out = cls(
            id=id,
            report_id=report_id,
            form=form,
            category=category,
            status=status,
            description=description,
            provided_by=provided_by,
            channel=channel,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
            scan_status=scan_status,
            filename=filename,
            declared_type=declared_type,
            content_type=content_type,
            size=size,
            sha256=sha256,
            scan_detail=scan_detail,
            corrupted_at=corrupted_at,
            receipt=receipt,
            custodian=custodian,
            kept_at=kept_at,
            digitises_id=digitises_id,
            digitised_by=digitised_by,
            superseded_by_id=superseded_by_id,
            status_reason=status_reason,
            content_url=content_url,
        )


        evidence_out.additional_properties = d
        return evidence_out

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
