from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.online_ground import OnlineGround






T = TypeVar("T", bound="OnlineIn")



@_attrs_define
class OnlineIn:
    """ Why the session is online (Art. 28(2)-(3)) and its recording (Art. 29(4)).

        Attributes:
            ground (OnlineGround): The regulation's list (Perbawaslu 7/2022 Art. 28(3)).
            justification (str):
            recorded (bool): The session is recorded audio-visually (must be true).
     """

    ground: OnlineGround
    justification: str
    recorded: bool





    def to_dict(self) -> dict[str, Any]:
        ground = self.ground.value

        justification = self.justification

        recorded = self.recorded


        field_dict: dict[str, Any] = {}

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

        online_in = cls(
            ground=ground,
            justification=justification,
            recorded=recorded,
        )

        return online_in

