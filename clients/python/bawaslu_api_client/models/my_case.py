from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_role import AssignmentRole
from ..models.report_kind import ReportKind
from ..models.report_status import ReportStatus
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.next_due import NextDue





T = TypeVar("T", bound="MyCase")



@_attrs_define
class MyCase:
    """ 
        Attributes:
            id (UUID):
            kind (ReportKind):
            status (ReportStatus): Case states (docs/legal/rules.md §5).
            office (str):
            register_number (None | str):
            received_at (datetime.datetime):
            role (AssignmentRole): The roles of bawaslu_rules.assignment (Perbawaslu 7/2022 Art. 28(4)).
            assigned_at (datetime.datetime):
            next_due (NextDue | None):
     """

    id: UUID
    kind: ReportKind
    status: ReportStatus
    office: str
    register_number: None | str
    received_at: datetime.datetime
    role: AssignmentRole
    assigned_at: datetime.datetime
    next_due: NextDue | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.next_due import NextDue # noqa: PLC0415
        id = str(self.id)

        kind = self.kind.value

        status = self.status.value

        office = self.office

        register_number: None | str
        register_number = self.register_number

        received_at = self.received_at.isoformat()

        role = self.role.value

        assigned_at = self.assigned_at.isoformat()

        next_due: dict[str, Any] | None
        if isinstance(self.next_due, NextDue):
            next_due = self.next_due.to_dict()
        else:
            next_due = self.next_due


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "status": status,
            "office": office,
            "register_number": register_number,
            "received_at": received_at,
            "role": role,
            "assigned_at": assigned_at,
            "next_due": next_due,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.next_due import NextDue # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = ReportKind(d.pop("kind"))




        status = ReportStatus(d.pop("status"))




        office = d.pop("office")

        def _parse_register_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        register_number = _parse_register_number(d.pop("register_number"))


        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        role = AssignmentRole(d.pop("role"))




        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))




        def _parse_next_due(data: object) -> NextDue | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                next_due_type_0 = NextDue.from_dict(data)



                return next_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NextDue | None, data)

        next_due = _parse_next_due(d.pop("next_due"))


        my_case = cls(
            id=id,
            kind=kind,
            status=status,
            office=office,
            register_number=register_number,
            received_at=received_at,
            role=role,
            assigned_at=assigned_at,
            next_due=next_due,
        )


        my_case.additional_properties = d
        return my_case

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
