from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.count import Count





T = TypeVar("T", bound="Stats")



@_attrs_define
class Stats:
    """ Counts as Bawaslu publishes them.

        Attributes:
            total (int):
            by_status (list[Count]):
            by_outcome_category (list[Count]):
            by_office (list[Count]): By the office handling the case.
            by_election (list[Count]):
     """

    total: int
    by_status: list[Count]
    by_outcome_category: list[Count]
    by_office: list[Count]
    by_election: list[Count]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.count import Count # noqa: PLC0415
        total = self.total

        by_status = []
        for by_status_item_data in self.by_status:
            by_status_item = by_status_item_data.to_dict()
            by_status.append(by_status_item)



        by_outcome_category = []
        for by_outcome_category_item_data in self.by_outcome_category:
            by_outcome_category_item = by_outcome_category_item_data.to_dict()
            by_outcome_category.append(by_outcome_category_item)



        by_office = []
        for by_office_item_data in self.by_office:
            by_office_item = by_office_item_data.to_dict()
            by_office.append(by_office_item)



        by_election = []
        for by_election_item_data in self.by_election:
            by_election_item = by_election_item_data.to_dict()
            by_election.append(by_election_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "total": total,
            "by_status": by_status,
            "by_outcome_category": by_outcome_category,
            "by_office": by_office,
            "by_election": by_election,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.count import Count # noqa: PLC0415
        d = dict(src_dict)
        total = d.pop("total")

        by_status = []
        _by_status = d.pop("by_status")
        for by_status_item_data in (_by_status):
            by_status_item = Count.from_dict(by_status_item_data)



            by_status.append(by_status_item)


        by_outcome_category = []
        _by_outcome_category = d.pop("by_outcome_category")
        for by_outcome_category_item_data in (_by_outcome_category):
            by_outcome_category_item = Count.from_dict(by_outcome_category_item_data)



            by_outcome_category.append(by_outcome_category_item)


        by_office = []
        _by_office = d.pop("by_office")
        for by_office_item_data in (_by_office):
            by_office_item = Count.from_dict(by_office_item_data)



            by_office.append(by_office_item)


        by_election = []
        _by_election = d.pop("by_election")
        for by_election_item_data in (_by_election):
            by_election_item = Count.from_dict(by_election_item_data)



            by_election.append(by_election_item)


        stats = cls(
            total=total,
            by_status=by_status,
            by_outcome_category=by_outcome_category,
            by_office=by_office,
            by_election=by_election,
        )


        stats.additional_properties = d
        return stats

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
