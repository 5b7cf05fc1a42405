from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.online_ground import OnlineGround






T = TypeVar("T", bound="OnlineOut")



@_attrs_define
class OnlineOut:
    """ 
        Attributes:
            ground (OnlineGround): The regulation's list (Perbawaslu 7/2022 Art. 28(3)).
            justification (str):
            recorded (bool):
     """

    ground: OnlineGround
    justification: str
    recorded: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        ground = self.ground.value

        justification = self.justification

        recorded = self.recorded


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "ground": ground,
            "justification": justification,
            "recorded": recorded,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ground = OnlineGround(d.pop("ground"))




        justification = d.pop("justification")

        recorded = d.pop("recorded")

        online_out = cls(
            ground=ground,
            justification=justification,
            recorded=recorded,
        )


        online_out.additional_properties = d
        return online_out

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
