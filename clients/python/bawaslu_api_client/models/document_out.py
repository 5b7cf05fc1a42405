from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.document_out_data_class_item import DocumentOutDataClassItem
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.document_out_facts import DocumentOutFacts
  from ..models.rendition import Rendition
  from ..models.signed_scan import SignedScan





T = TypeVar("T", bound="DocumentOut")



@_attrs_define
class DocumentOut:
    """ An issued document: immutable; a correction is a new document that supersedes it.

        Attributes:
            id (UUID):
            report_id (None | UUID):
            office (str): The issuing office's code.
            kind (str):
            form_code (str):
            form_verified (bool): False: the code is the service's own (LOW).
            title (str):
            number (str): The letter number (per office, kind and year, gap-free).
            subject_id (None | UUID):
            data_class (list[DocumentOutDataClassItem]):
            template (str):
            template_sha256 (str): Version of the template (and common layout).
            sha256 (str): SHA-256 of the PDF: the document's identity.
            size (int):
            renditions (list[Rendition]):
            facts (DocumentOutFacts): What the document states that a listing shows (addressee, deadline).
            issued_by (str):
            issued_at (datetime.datetime):
            supersedes (None | UUID):
            superseded_at (datetime.datetime | None):
            reason (str):
            signed_scan (None | SignedScan):
     """

    id: UUID
    report_id: None | UUID
    office: str
    kind: str
    form_code: str
    form_verified: bool
    title: str
    number: str
    subject_id: None | UUID
    data_class: list[DocumentOutDataClassItem]
    template: str
    template_sha256: str
    sha256: str
    size: int
    renditions: list[Rendition]
    facts: DocumentOutFacts
    issued_by: str
    issued_at: datetime.datetime
    supersedes: None | UUID
    superseded_at: datetime.datetime | None
    reason: str
    signed_scan: None | SignedScan
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.document_out_facts import DocumentOutFacts # noqa: PLC0415
        from ..models.rendition import Rendition # noqa: PLC0415
        from ..models.signed_scan import SignedScan # noqa: PLC0415
        id = str(self.id)

        report_id: None | str
        if isinstance(self.report_id, UUID):
            report_id = str(self.report_id)
        else:
            report_id = self.report_id

        office = self.office

        kind = self.kind

        form_code = self.form_code

        form_verified = self.form_verified

        title = self.title

        number = self.number

        subject_id: None | str
        if isinstance(self.subject_id, UUID):
            subject_id = str(self.subject_id)
        else:
            subject_id = self.subject_id

        data_class = []
        for data_class_item_data in self.data_class:
            data_class_item = data_class_item_data.value
            data_class.append(data_class_item)



        template = self.template

        template_sha256 = self.template_sha256

        sha256 = self.sha256

        size = self.size

        renditions = []
        for renditions_item_data in self.renditions:
            renditions_item = renditions_item_data.to_dict()
            renditions.append(renditions_item)



        facts = self.facts.to_dict()

        issued_by = self.issued_by

        issued_at = self.issued_at.isoformat()

        supersedes: None | str
        if isinstance(self.supersedes, UUID):
            supersedes = str(self.supersedes)
        else:
            supersedes = self.supersedes

        superseded_at: None | str
        if isinstance(self.superseded_at, datetime.datetime):
            superseded_at = self.superseded_at.isoformat()
        else:
            superseded_at = self.superseded_at

        reason = self.reason

        signed_scan: dict[str, Any] | None
        if isinstance(self.signed_scan, SignedScan):
            signed_scan = self.signed_scan.to_dict()
        else:
            signed_scan = self.signed_scan


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "report_id": report_id,
            "office": office,
            "kind": kind,
            "form_code": form_code,
            "form_verified": form_verified,
            "title": title,
            "number": number,
            "subject_id": subject_id,
            "data_class": data_class,
            "template": template,
            "template_sha256": template_sha256,
            "sha256": sha256,
            "size": size,
            "renditions": renditions,
            "facts": facts,
            "issued_by": issued_by,
            "issued_at": issued_at,
            "supersedes": supersedes,
            "superseded_at": superseded_at,
            "reason": reason,
            "signed_scan": signed_scan,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.document_out_facts import DocumentOutFacts # noqa: PLC0415
        from ..models.rendition import Rendition # noqa: PLC0415
        from ..models.signed_scan import SignedScan # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        def _parse_report_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_id_type_0 = UUID(data)



                return report_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        report_id = _parse_report_id(d.pop("report_id"))


        office = d.pop("office")

        kind = d.pop("kind")

        form_code = d.pop("form_code")

        form_verified = d.pop("form_verified")

        title = d.pop("title")

        number = d.pop("number")

        def _parse_subject_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_id_type_0 = UUID(data)



                return subject_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        subject_id = _parse_subject_id(d.pop("subject_id"))


        data_class = []
        _data_class = d.pop("data_class")
        for data_class_item_data in (_data_class):
            data_class_item = DocumentOutDataClassItem(data_class_item_data)



            data_class.append(data_class_item)


        template = d.pop("template")

        template_sha256 = d.pop("template_sha256")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        renditions = []
        _renditions = d.pop("renditions")
        for renditions_item_data in (_renditions):
            renditions_item = Rendition.from_dict(renditions_item_data)



            renditions.append(renditions_item)


        facts = DocumentOutFacts.from_dict(d.pop("facts"))




        issued_by = d.pop("issued_by")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))




        def _parse_supersedes(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supersedes_type_0 = UUID(data)



                return supersedes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        supersedes = _parse_supersedes(d.pop("supersedes"))


        def _parse_superseded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                superseded_at_type_0 = datetime.datetime.fromisoformat(data)



                return superseded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        superseded_at = _parse_superseded_at(d.pop("superseded_at"))


        reason = d.pop("reason")

        def _parse_signed_scan(data: object) -> None | SignedScan:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signed_scan_type_0 = SignedScan.from_dict(data)



                return signed_scan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignedScan, data)

        signed_scan = _parse_signed_scan(d.pop("signed_scan"))


        document_out = cls(
            id=id,
            report_id=report_id,
            office=office,
            kind=kind,
            form_code=form_code,
            form_verified=form_verified,
            title=title,
            number=number,
            subject_id=subject_id,
            data_class=data_class,
            template=template,
            template_sha256=template_sha256,
            sha256=sha256,
            size=size,
            renditions=renditions,
            facts=facts,
            issued_by=issued_by,
            issued_at=issued_at,
            supersedes=supersedes,
            superseded_at=superseded_at,
            reason=reason,
            signed_scan=signed_scan,
        )


        document_out.additional_properties = d
        return document_out

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
