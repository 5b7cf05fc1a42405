from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_role import AssignmentRole
from typing import cast
import datetime






T = TypeVar("T", bound="AssigneeOut")



@_attrs_define
class AssigneeOut:
    """ 
        Attributes:
            officer (str):
            display_name (None | str):
            office (str):
            role (AssignmentRole): The roles of bawaslu_rules.assignment (Perbawaslu 7/2022 Art. 28(4)).
            reason (str):
            assigned_by (str):
            assigned_at (datetime.datetime):
     """

    officer: str
    display_name: None | str
    office: str
    role: AssignmentRole
    reason: str
    assigned_by: str
    assigned_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        officer = self.officer

        display_name: None | str
        display_name = self.display_name

        office = self.office

        role = self.role.value

        reason = self.reason

        assigned_by = self.assigned_by

        assigned_at = self.assigned_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "officer": officer,
            "display_name": display_name,
            "office": office,
            "role": role,
            "reason": reason,
            "assigned_by": assigned_by,
            "assigned_at": assigned_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        officer = d.pop("officer")

        def _parse_display_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        display_name = _parse_display_name(d.pop("display_name"))


        office = d.pop("office")

        role = AssignmentRole(d.pop("role"))




        reason = d.pop("reason")

        assigned_by = d.pop("assigned_by")

        assigned_at = datetime.datetime.fromisoformat(d.pop("assigned_at"))




        assignee_out = cls(
            officer=officer,
            display_name=display_name,
            office=office,
            role=role,
            reason=reason,
            assigned_by=assigned_by,
            assigned_at=assigned_at,
        )


        assignee_out.additional_properties = d
        return assignee_out

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
