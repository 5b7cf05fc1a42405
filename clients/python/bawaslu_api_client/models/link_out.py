from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.link_kind import LinkKind
from ..models.link_out_direction import LinkOutDirection
from ..models.link_out_kind_of_case import LinkOutKindOfCase
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="LinkOut")



@_attrs_define
class LinkOut:
    """ 
        Attributes:
            id (UUID):
            kind (LinkKind): How two cases relate.
            direction (LinkOutDirection): `to`: this case links to `report`; `from`: `report` links to this case (e.g. the
                report a finding grew from, as `preliminary_information`).
            report (UUID):
            office (str): The other case's office.
            kind_of_case (LinkOutKindOfCase):
            status (str):
            reason (str):
            created_by (str):
            created_at (datetime.datetime):
     """

    id: UUID
    kind: LinkKind
    direction: LinkOutDirection
    report: UUID
    office: str
    kind_of_case: LinkOutKindOfCase
    status: str
    reason: str
    created_by: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        direction = self.direction.value

        report = str(self.report)

        office = self.office

        kind_of_case = self.kind_of_case.value

        status = self.status

        reason = self.reason

        created_by = self.created_by

        created_at = self.created_at.isoformat()


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "kind": kind,
            "direction": direction,
            "report": report,
            "office": office,
            "kind_of_case": kind_of_case,
            "status": status,
            "reason": reason,
            "created_by": created_by,
            "created_at": created_at,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        kind = LinkKind(d.pop("kind"))




        direction = LinkOutDirection(d.pop("direction"))




        report = UUID(d.pop("report"))




        office = d.pop("office")

        kind_of_case = LinkOutKindOfCase(d.pop("kind_of_case"))




        status = d.pop("status")

        reason = d.pop("reason")

        created_by = d.pop("created_by")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))




        link_out = cls(
            id=id,
            kind=kind,
            direction=direction,
            report=report,
            office=office,
            kind_of_case=kind_of_case,
            status=status,
            reason=reason,
            created_by=created_by,
            created_at=created_at,
        )


        link_out.additional_properties = d
        return link_out

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
