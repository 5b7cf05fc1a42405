from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_kind import ChangeKind
from ..models.change_operation import ChangeOperation
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.deadline_out import DeadlineOut
  from ..models.evidence_out import EvidenceOut
  from ..models.report_out import ReportOut
  from ..models.timeline_event import TimelineEvent





T = TypeVar("T", bound="ChangeItem")



@_attrs_define
class ChangeItem:
    """ One change: the thing as the normal reads present it now (personal data masked), or
    that it is deleted, or (a case) that it is gone from your view.

        Attributes:
            kind (ChangeKind):
            id (str): The thing's id: a UUID (case, clock, evidence), a timeline event's number (event).
            case_id (UUID):
            op (ChangeOperation):
            changed_at (datetime.datetime): When the change was made (its transaction).
            case (None | ReportOut | Unset): `kind: case`, `op: upsert`.
            clock (DeadlineOut | None | Unset): `kind: clock`, `op: upsert`.
            event (None | TimelineEvent | Unset): `kind: event`, `op: upsert`.
            evidence (EvidenceOut | None | Unset): `kind: evidence`, `op: upsert`.
     """

    kind: ChangeKind
    id: str
    case_id: UUID
    op: ChangeOperation
    changed_at: datetime.datetime
    case: None | ReportOut | Unset = UNSET
    clock: DeadlineOut | None | Unset = UNSET
    event: None | TimelineEvent | Unset = UNSET
    evidence: EvidenceOut | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.deadline_out import DeadlineOut # noqa: PLC0415
        from ..models.evidence_out import EvidenceOut # noqa: PLC0415
        from ..models.report_out import ReportOut # noqa: PLC0415
        from ..models.timeline_event import TimelineEvent # noqa: PLC0415
        kind = self.kind.value

        id = self.id

        case_id = str(self.case_id)

        op = self.op.value

        changed_at = self.changed_at.isoformat()

        case: dict[str, Any] | None | Unset
        if isinstance(self.case, Unset):
            case = UNSET
        elif isinstance(self.case, ReportOut):
            case = self.case.to_dict()
        else:
            case = self.case

        clock: dict[str, Any] | None | Unset
        if isinstance(self.clock, Unset):
            clock = UNSET
        elif isinstance(self.clock, DeadlineOut):
            clock = self.clock.to_dict()
        else:
            clock = self.clock

        event: dict[str, Any] | None | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, TimelineEvent):
            event = self.event.to_dict()
        else:
            event = self.event

        evidence: dict[str, Any] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, EvidenceOut):
            evidence = self.evidence.to_dict()
        else:
            evidence = self.evidence


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "kind": kind,
            "id": id,
            "case_id": case_id,
            "op": op,
            "changed_at": changed_at,
        })
        if case is not UNSET:
            field_dict["case"] = case
        if clock is not UNSET:
            field_dict["clock"] = clock
        if event is not UNSET:
            field_dict["event"] = event
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deadline_out import DeadlineOut # noqa: PLC0415
        from ..models.evidence_out import EvidenceOut # noqa: PLC0415
        from ..models.report_out import ReportOut # noqa: PLC0415
        from ..models.timeline_event import TimelineEvent # noqa: PLC0415
        d = dict(src_dict)
        kind = ChangeKind(d.pop("kind"))




        id = d.pop("id")

        case_id = UUID(d.pop("case_id"))




        op = ChangeOperation(d.pop("op"))




        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))




        def _parse_case(data: object) -> None | ReportOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                case_type_0 = ReportOut.from_dict(data)



                return case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportOut | Unset, data)

        case = _parse_case(d.pop("case", UNSET))


        def _parse_clock(data: object) -> DeadlineOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                clock_type_0 = DeadlineOut.from_dict(data)



                return clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeadlineOut | None | Unset, data)

        clock = _parse_clock(d.pop("clock", UNSET))


        def _parse_event(data: object) -> None | TimelineEvent | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                event_type_0 = TimelineEvent.from_dict(data)



                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TimelineEvent | Unset, data)

        event = _parse_event(d.pop("event", UNSET))


        def _parse_evidence(data: object) -> EvidenceOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                evidence_type_0 = EvidenceOut.from_dict(data)



                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EvidenceOut | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))


        change_item = cls(
            kind=kind,
            id=id,
            case_id=case_id,
            op=op,
            changed_at=changed_at,
            case=case,
            clock=clock,
            event=event,
            evidence=evidence,
        )


        change_item.additional_properties = d
        return change_item

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
