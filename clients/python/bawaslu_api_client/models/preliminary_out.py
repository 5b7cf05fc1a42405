from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.preliminary_out_grounds import PreliminaryOutGrounds





T = TypeVar("T", bound="PreliminaryOut")



@_attrs_define
class PreliminaryOut:
    """ 
        Attributes:
            grounds (PreliminaryOutGrounds):
            admitted (bool):
            reasons (str):
     """

    grounds: PreliminaryOutGrounds
    admitted: bool
    reasons: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.preliminary_out_grounds import PreliminaryOutGrounds # noqa: PLC0415
        grounds = self.grounds.to_dict()

        admitted = self.admitted

        reasons = self.reasons


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "grounds": grounds,
            "admitted": admitted,
            "reasons": reasons,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.preliminary_out_grounds import PreliminaryOutGrounds # noqa: PLC0415
        d = dict(src_dict)
        grounds = PreliminaryOutGrounds.from_dict(d.pop("grounds"))




        admitted = d.pop("admitted")

        reasons = d.pop("reasons")

        preliminary_out = cls(
            grounds=grounds,
            admitted=admitted,
            reasons=reasons,
        )


        preliminary_out.additional_properties = d
        return preliminary_out

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
