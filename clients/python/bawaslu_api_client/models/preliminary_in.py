from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.preliminary_in_grounds import PreliminaryInGrounds





T = TypeVar("T", bound="PreliminaryIn")



@_attrs_define
class PreliminaryIn:
    """ 
        Attributes:
            grounds (PreliminaryInGrounds): Each ground tested, met (true) or not: formal_requirements,
                material_requirements, authority, reporter_standing, reported_standing, filing_deadline. Admitted only if all
                are met.
            reasons (str):
     """

    grounds: PreliminaryInGrounds
    reasons: str





    def to_dict(self) -> dict[str, Any]:
        from ..models.preliminary_in_grounds import PreliminaryInGrounds # noqa: PLC0415
        grounds = self.grounds.to_dict()

        reasons = self.reasons


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "grounds": grounds,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preliminary_in_grounds import PreliminaryInGrounds # noqa: PLC0415
        d = dict(src_dict)
        grounds = PreliminaryInGrounds.from_dict(d.pop("grounds"))




        reasons = d.pop("reasons")

        preliminary_in = cls(
            grounds=grounds,
            reasons=reasons,
        )

        return preliminary_in

