from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.official import Official





T = TypeVar("T", bound="PanelIn")



@_attrs_define
class PanelIn:
    """ 
        Attributes:
            chair (Official): A member of the panel or of its secretariat (an official, not a party).
            members (list[Official]):
            secretary (Official): A member of the panel or of its secretariat (an official, not a party).
            clerk (Official): A member of the panel or of its secretariat (an official, not a party).
            assistants (list[Official] | Unset):
            formed_at (datetime.datetime | None | Unset): Default: now.
     """

    chair: Official
    members: list[Official]
    secretary: Official
    clerk: Official
    assistants: list[Official] | Unset = UNSET
    formed_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.official import Official # noqa: PLC0415
        chair = self.chair.to_dict()

        members = []
        for members_item_data in self.members:
            members_item = members_item_data.to_dict()
            members.append(members_item)



        secretary = self.secretary.to_dict()

        clerk = self.clerk.to_dict()

        assistants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assistants, Unset):
            assistants = []
            for assistants_item_data in self.assistants:
                assistants_item = assistants_item_data.to_dict()
                assistants.append(assistants_item)



        formed_at: None | str | Unset
        if isinstance(self.formed_at, Unset):
            formed_at = UNSET
        elif isinstance(self.formed_at, datetime.datetime):
            formed_at = self.formed_at.isoformat()
        else:
            formed_at = self.formed_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "chair": chair,
            "members": members,
            "secretary": secretary,
            "clerk": clerk,
        })
        if assistants is not UNSET:
            field_dict["assistants"] = assistants
        if formed_at is not UNSET:
            field_dict["formed_at"] = formed_at

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




        _assistants = d.pop("assistants", UNSET)
        assistants: list[Official] | Unset = UNSET
        if _assistants is not UNSET:
            assistants = []
            for assistants_item_data in _assistants:
                assistants_item = Official.from_dict(assistants_item_data)



                assistants.append(assistants_item)


        def _parse_formed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                formed_at_type_0 = datetime.datetime.fromisoformat(data)



                return formed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        formed_at = _parse_formed_at(d.pop("formed_at", UNSET))


        panel_in = cls(
            chair=chair,
            members=members,
            secretary=secretary,
            clerk=clerk,
            assistants=assistants,
            formed_at=formed_at,
        )

        return panel_in

