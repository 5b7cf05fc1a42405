from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="PeriodicReportIn")



@_attrs_define
class PeriodicReportIn:
    """ The period (on the date cases were received) and what to narrow it to.

        Attributes:
            from_ (datetime.date):
            to (datetime.date):
            election (None | str | Unset):
            stage (None | str | Unset): A stage code.
            subject (None | str | Unset): A subject code.
            supersedes (None | Unset | UUID):
            reason (None | str | Unset):
     """

    from_: datetime.date
    to: datetime.date
    election: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    supersedes: None | Unset | UUID = UNSET
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_.isoformat()

        to = self.to.isoformat()

        election: None | str | Unset
        if isinstance(self.election, Unset):
            election = UNSET
        else:
            election = self.election

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

        supersedes: None | str | Unset
        if isinstance(self.supersedes, Unset):
            supersedes = UNSET
        elif isinstance(self.supersedes, UUID):
            supersedes = str(self.supersedes)
        else:
            supersedes = self.supersedes

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "from": from_,
            "to": to,
        })
        if election is not UNSET:
            field_dict["election"] = election
        if stage is not UNSET:
            field_dict["stage"] = stage
        if subject is not UNSET:
            field_dict["subject"] = subject
        if supersedes is not UNSET:
            field_dict["supersedes"] = supersedes
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = datetime.date.fromisoformat(d.pop("from"))




        to = datetime.date.fromisoformat(d.pop("to"))




        def _parse_election(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        election = _parse_election(d.pop("election", UNSET))


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


        def _parse_supersedes(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                supersedes_type_0 = UUID(data)



                return supersedes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        supersedes = _parse_supersedes(d.pop("supersedes", UNSET))


        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        periodic_report_in = cls(
            from_=from_,
            to=to,
            election=election,
            stage=stage,
            subject=subject,
            supersedes=supersedes,
            reason=reason,
        )

        return periodic_report_in

