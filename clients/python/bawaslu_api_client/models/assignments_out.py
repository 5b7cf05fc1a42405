from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.assignee_out import AssigneeOut





T = TypeVar("T", bound="AssignmentsOut")



@_attrs_define
class AssignmentsOut:
    """ Who works the case now (active assignments); the history is on the timeline.

        Attributes:
            report_id (UUID):
            version (int):
            handler (AssigneeOut | None):
            team (list[AssigneeOut]):
            clarifiers (list[AssigneeOut]):
     """

    report_id: UUID
    version: int
    handler: AssigneeOut | None
    team: list[AssigneeOut]
    clarifiers: list[AssigneeOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.assignee_out import AssigneeOut # noqa: PLC0415
        report_id = str(self.report_id)

        version = self.version

        handler: dict[str, Any] | None
        if isinstance(self.handler, AssigneeOut):
            handler = self.handler.to_dict()
        else:
            handler = self.handler

        team = []
        for team_item_data in self.team:
            team_item = team_item_data.to_dict()
            team.append(team_item)



        clarifiers = []
        for clarifiers_item_data in self.clarifiers:
            clarifiers_item = clarifiers_item_data.to_dict()
            clarifiers.append(clarifiers_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "report_id": report_id,
            "version": version,
            "handler": handler,
            "team": team,
            "clarifiers": clarifiers,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assignee_out import AssigneeOut # noqa: PLC0415
        d = dict(src_dict)
        report_id = UUID(d.pop("report_id"))




        version = d.pop("version")

        def _parse_handler(data: object) -> AssigneeOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                handler_type_0 = AssigneeOut.from_dict(data)



                return handler_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssigneeOut | None, data)

        handler = _parse_handler(d.pop("handler"))


        team = []
        _team = d.pop("team")
        for team_item_data in (_team):
            team_item = AssigneeOut.from_dict(team_item_data)



            team.append(team_item)


        clarifiers = []
        _clarifiers = d.pop("clarifiers")
        for clarifiers_item_data in (_clarifiers):
            clarifiers_item = AssigneeOut.from_dict(clarifiers_item_data)



            clarifiers.append(clarifiers_item)


        assignments_out = cls(
            report_id=report_id,
            version=version,
            handler=handler,
            team=team,
            clarifiers=clarifiers,
        )


        assignments_out.additional_properties = d
        return assignments_out

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
