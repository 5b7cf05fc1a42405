from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.assignment_role import AssignmentRole
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AssignmentIn")



@_attrs_define
class AssignmentIn:
    """ Assign an officer to the case in a role. Assigning a handler to a case that has one
    reassigns it: the previous handler is released with the same reason.

        Attributes:
            officer (str): The staff user's username (their login).
            reason (str):
            role (AssignmentRole | Unset): The roles of bawaslu_rules.assignment (Perbawaslu 7/2022 Art. 28(4)).
            occurred_at (datetime.datetime | None | Unset): When the step happened, for a paper case entered after the fact
                (default: now). Not in the future, not before the case was received; kept on the timeline event.
     """

    officer: str
    reason: str
    role: AssignmentRole | Unset = UNSET
    occurred_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        officer = self.officer

        reason = self.reason

        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value


        occurred_at: None | str | Unset
        if isinstance(self.occurred_at, Unset):
            occurred_at = UNSET
        elif isinstance(self.occurred_at, datetime.datetime):
            occurred_at = self.occurred_at.isoformat()
        else:
            occurred_at = self.occurred_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "officer": officer,
            "reason": reason,
        })
        if role is not UNSET:
            field_dict["role"] = role
        if occurred_at is not UNSET:
            field_dict["occurred_at"] = occurred_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        officer = d.pop("officer")

        reason = d.pop("reason")

        _role = d.pop("role", UNSET)
        role: AssignmentRole | Unset
        if isinstance(_role,  Unset):
            role = UNSET
        else:
            role = AssignmentRole(_role)




        def _parse_occurred_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                occurred_at_type_0 = datetime.datetime.fromisoformat(data)



                return occurred_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        occurred_at = _parse_occurred_at(d.pop("occurred_at", UNSET))


        assignment_in = cls(
            officer=officer,
            reason=reason,
            role=role,
            occurred_at=occurred_at,
        )

        return assignment_in

