from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.officer_load import OfficerLoad





T = TypeVar("T", bound="WorkloadOut")



@_attrs_define
class WorkloadOut:
    """ 
        Attributes:
            office (str):
            officers (list[OfficerLoad]):
            unassigned_open_cases (int): Open cases of the office's subtree without an active handler.
     """

    office: str
    officers: list[OfficerLoad]
    unassigned_open_cases: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.officer_load import OfficerLoad # noqa: PLC0415
        office = self.office

        officers = []
        for officers_item_data in self.officers:
            officers_item = officers_item_data.to_dict()
            officers.append(officers_item)



        unassigned_open_cases = self.unassigned_open_cases


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "office": office,
            "officers": officers,
            "unassigned_open_cases": unassigned_open_cases,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.officer_load import OfficerLoad # noqa: PLC0415
        d = dict(src_dict)
        office = d.pop("office")

        officers = []
        _officers = d.pop("officers")
        for officers_item_data in (_officers):
            officers_item = OfficerLoad.from_dict(officers_item_data)



            officers.append(officers_item)


        unassigned_open_cases = d.pop("unassigned_open_cases")

        workload_out = cls(
            office=office,
            officers=officers,
            unassigned_open_cases=unassigned_open_cases,
        )


        workload_out.additional_properties = d
        return workload_out

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
