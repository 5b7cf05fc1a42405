from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.import_batch_in_items_item import ImportBatchInItemsItem





T = TypeVar("T", bound="ImportBatchIn")



@_attrs_define
class ImportBatchIn:
    """ 
        Attributes:
            items (list[ImportBatchInItemsItem]): Up to 1,000 items, each an `ImportItem`: `external_id` plus the fields of
                `POST /v1/reports`. Each item is validated on its own, so one invalid item does not reject the batch.
            dry_run (bool | Unset): Validate every item and decide it exactly as intake does (jurisdiction, admissibility,
                deadlines) without storing anything. Items answer `valid` instead of `created`. Default: False.
     """

    items: list[ImportBatchInItemsItem]
    dry_run: bool | Unset = False





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_batch_in_items_item import ImportBatchInItemsItem # noqa: PLC0415
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        dry_run = self.dry_run


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "items": items,
        })
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_batch_in_items_item import ImportBatchInItemsItem # noqa: PLC0415
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ImportBatchInItemsItem.from_dict(items_item_data)



            items.append(items_item)


        dry_run = d.pop("dry_run", UNSET)

        import_batch_in = cls(
            items=items,
            dry_run=dry_run,
        )

        return import_batch_in

