from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.official import Official





T = TypeVar("T", bound="PanelOut")



@_attrs_define
class PanelOut:
    """ 
        Attributes:
            chair (Official): A member of the panel or of its secretariat (an official, not a party).
            members (list[Official]):
            secretary (Official): A member of the panel or of its secretariat (an official, not a party).
            clerk (Official): A member of the panel or of its secretariat (an official, not a party).
            assistants (list[Official]):
            formed_at (datetime.datetime):
            recorded_by (str):
            basis (str):
            confidence (str):
     """

    chair: Official
    members: list[Official]
    secretary: Official
    clerk: Official
    assistants: list[Official]
    formed_at: datetime.datetime
    recorded_by: str
    basis: str
    confidence: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.official import Official # noqa: PLC0415
        chair = self.chair.to_dict()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)



        secretary = self.secretary.to_dict()

        clerk = self.clerk.to_dict()

        assistants = []
        for assistants_item_data in self.assistants:
            assistants_item = assistants_item_data.to_dict()
            assistants.append(assistants_item)



        formed_at = self.formed_at.isoformat()

        recorded_by = self.recorded_by

        basis = self.basis

        confidence = self.confidence


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "chair": chair,
            "members": members,
            "secretary": secretary,
            "clerk": clerk,
            "assistants": assistants,
            "formed_at": formed_at,
            "recorded_by": recorded_by,
            "basis": basis,
            "confidence": confidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.official import Official # noqa: PLC0415
        d = dict(src_dict)
        chair = Official.from_dict(d.pop("chair"))




        members = []
        _members = d.pop("members")
        for members_item_data in (_members):
            members_item = Official.from_dict(members_item_data)



            members.append(members_item)


        secretary = Official.from_dict(d.pop("secretary"))




        clerk = Official.from_dict(d.pop("clerk"))




        assistants = []
        _assistants = d.pop("assistants")
        for assistants_item_data in (_assistants):
            assistants_item = Official.from_dict(assistants_item_data)



            assistants.append(assistants_item)


        formed_at = datetime.datetime.fromisoformat(d.pop("formed_at"))




        recorded_by = d.pop("recorded_by")

        basis = d.pop("basis")

        confidence = d.pop("confidence")

        panel_out = cls(
            chair=chair,
            members=members,
            secretary=secretary,
            clerk=clerk,
            assistants=assistants,
            formed_at=formed_at,
            recorded_by=recorded_by,
            basis=basis,
            confidence=confidence,
        )


        panel_out.additional_properties = d
        return panel_out

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
