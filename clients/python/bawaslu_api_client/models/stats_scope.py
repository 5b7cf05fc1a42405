from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.report_kind import ReportKind
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="StatsScope")



@_attrs_define
class StatsScope:
    """ What the figures are about: the office's subtree and the filters applied.

        Attributes:
            office (str): Code of the office whose subtree is counted.
            office_name (str):
            as_of (datetime.date): The day the ages of open cases are counted to.
            election (None | str | Unset):
            from_ (datetime.date | None | Unset): First `received_on` counted.
            to (datetime.date | None | Unset): Last `received_on` counted (inclusive).
            stage (None | str | Unset):
            subject (None | str | Unset):
            kind (None | ReportKind | Unset):
     """

    office: str
    office_name: str
    as_of: datetime.date
    election: None | str | Unset = UNSET
    from_: datetime.date | None | Unset = UNSET
    to: datetime.date | None | Unset = UNSET
    stage: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    kind: None | ReportKind | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        office = self.office

        office_name = self.office_name

        as_of = self.as_of.isoformat()

        election: None | str | Unset
        if isinstance(self.election, Unset):
            election = UNSET
        else:
            election = self.election

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        elif isinstance(self.from_, datetime.date):
            from_ = self.from_.isoformat()
        else:
            from_ = self.from_

        to: None | str | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        elif isinstance(self.to, datetime.date):
            to = self.to.isoformat()
        else:
            to = self.to

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        elif isinstance(self.kind, ReportKind):
            kind = self.kind.value
        else:
            kind = self.kind


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "office": office,
            "office_name": office_name,
            "as_of": as_of,
        })
        if election is not UNSET:
            field_dict["election"] = election
        if from_ is not UNSET:
            field_dict["from"] = from_
        if to is not UNSET:
            field_dict["to"] = to
        if stage is not UNSET:
            field_dict["stage"] = stage
        if subject is not UNSET:
            field_dict["subject"] = subject
        if kind is not UNSET:
            field_dict["kind"] = kind

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        office = d.pop("office")

        office_name = d.pop("office_name")

        as_of = datetime.date.fromisoformat(d.pop("as_of"))




        def _parse_election(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        election = _parse_election(d.pop("election", UNSET))


        def _parse_from_(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_type_0 = datetime.date.fromisoformat(data)



                return from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))


        def _parse_to(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_type_0 = datetime.date.fromisoformat(data)



                return to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))


        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))


        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))


        def _parse_kind(data: object) -> None | ReportKind | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                kind_type_0 = ReportKind(data)



                return kind_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportKind | Unset, data)

        kind = _parse_kind(d.pop("kind", UNSET))


        stats_scope = cls(
            office=office,
            office_name=office_name,
            as_of=as_of,
            election=election,
            from_=from_,
            to=to,
            stage=stage,
            subject=subject,
            kind=kind,
        )


        stats_scope.additional_properties = d
        return stats_scope

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
