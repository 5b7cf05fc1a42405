from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.final_in_orders_item import FinalInOrdersItem
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FinalIn")



@_attrs_define
class FinalIn:
    """ 
        Attributes:
            proven (bool): The administrative violation is proven (terbukti).
            summary (str):
            orders (list[FinalInOrdersItem] | Unset): When proven: what is ordered.
     """

    proven: bool
    summary: str
    orders: list[FinalInOrdersItem] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        proven = self.proven

        summary = self.summary

        orders: list[str] | Unset = UNSET
        if not isinstance(self.orders, Unset):
            orders = []
            for orders_item_data in self.orders:
                orders_item = orders_item_data.value
                orders.append(orders_item)




        field_dict: dict[str, Any] = {}

        field_dict.update({
            "proven": proven,
            "summary": summary,
        })
        if orders is not UNSET:
            field_dict["orders"] = orders

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proven = d.pop("proven")

        summary = d.pop("summary")

        _orders = d.pop("orders", UNSET)
        orders: list[FinalInOrdersItem] | Unset = UNSET
        if _orders is not UNSET:
            orders = []
            for orders_item_data in _orders:
                orders_item = FinalInOrdersItem(orders_item_data)



                orders.append(orders_item)


        final_in = cls(
            proven=proven,
            summary=summary,
            orders=orders,
        )

        return final_in

