from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.participant_institution import ParticipantInstitution
from ..types import UNSET, Unset






T = TypeVar("T", bound="Participant")



@_attrs_define
class Participant:
    """ An official at the discussion (not a witness: no personal data beyond the name).

        Attributes:
            name (str):
            institution (ParticipantInstitution):
            position (str | Unset): E.g. `Penyidik`, `Jaksa`, `Ketua`. Default: ''.
     """

    name: str
    institution: ParticipantInstitution
    position: str | Unset = ''





    def to_dict(self) -> dict[str, Any]:
        name = self.name

        institution = self.institution.value

        position = self.position


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "institution": institution,
        })
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        institution = ParticipantInstitution(d.pop("institution"))




        position = d.pop("position", UNSET)

        participant = cls(
            name=name,
            institution=institution,
            position=position,
        )

        return participant

