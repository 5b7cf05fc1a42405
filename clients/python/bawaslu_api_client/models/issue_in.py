from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.issue_in_kind import IssueInKind
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="IssueIn")



@_attrs_define
class IssueIn:
    """ What to issue. ``subject_id`` names what the document is about when a case has
    several (the invitee for an invitation or minutes); the other fields serve one kind.

        Attributes:
            kind (IssueInKind):
            subject_id (None | Unset | UUID): invitation, oath_minutes, expert_oath_minutes, clarification_minutes: the
                invitee; analysis: the analysis version (default: the current one); forward_other: the forwarding's index in the
                case's `forwardings` is not an id, see `agency`.
            receipt_code (None | str | Unset): receipt: the code given at filing (only its hash is kept; it must match).
            agency (None | str | Unset): forward_other: the agency (default: the recorded one).
            supersedes (None | Unset | UUID): The issued document this one corrects (it is marked superseded).
            reason (None | str | Unset): Why (required with `supersedes`).
     """

    kind: IssueInKind
    subject_id: None | Unset | UUID = UNSET
    receipt_code: None | str | Unset = UNSET
    agency: None | str | Unset = UNSET
    supersedes: None | Unset | UUID = UNSET
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        subject_id: None | str | Unset
        if isinstance(self.subject_id, Unset):
            subject_id = UNSET
        elif isinstance(self.subject_id, UUID):
            subject_id = str(self.subject_id)
        else:
            subject_id = self.subject_id

        receipt_code: None | str | Unset
        if isinstance(self.receipt_code, Unset):
            receipt_code = UNSET
        else:
            receipt_code = self.receipt_code

        agency: None | str | Unset
        if isinstance(self.agency, Unset):
            agency = UNSET
        else:
            agency = self.agency

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
            "kind": kind,
        })
        if subject_id is not UNSET:
            field_dict["subject_id"] = subject_id
        if receipt_code is not UNSET:
            field_dict["receipt_code"] = receipt_code
        if agency is not UNSET:
            field_dict["agency"] = agency
        if supersedes is not UNSET:
            field_dict["supersedes"] = supersedes
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = IssueInKind(d.pop("kind"))




        def _parse_subject_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                subject_id_type_0 = UUID(data)



                return subject_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        subject_id = _parse_subject_id(d.pop("subject_id", UNSET))


        def _parse_receipt_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        receipt_code = _parse_receipt_code(d.pop("receipt_code", UNSET))


        def _parse_agency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agency = _parse_agency(d.pop("agency", UNSET))


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


        issue_in = cls(
            kind=kind,
            subject_id=subject_id,
            receipt_code=receipt_code,
            agency=agency,
            supersedes=supersedes,
            reason=reason,
        )

        return issue_in

