from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.import_item_result import ImportItemResult





T = TypeVar("T", bound="ImportBatchOut")



@_attrs_define
class ImportBatchOut:
    """ 
        Attributes:
            dry_run (bool):
            created (int):
            duplicates (int):
            invalid (int):
            valid (int):
            items (list[ImportItemResult]):
     """

    dry_run: bool
    created: int
    duplicates: int
    invalid: int
    valid: int
    items: list[ImportItemResult]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.import_item_result import ImportItemResult # noqa: PLC0415
        dry_run = self.dry_run

        created = self.created

        duplicates = self.duplicates

        invalid = self.invalid

        valid = self.valid

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dry_run": dry_run,
            "created": created,
            "duplicates": duplicates,
            "invalid": invalid,
            "valid": valid,
            "items": items,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_item_result import ImportItemResult # noqa: PLC0415
        d = dict(src_dict)
        dry_run = d.pop("dry_run")

        created = d.pop("created")

        duplicates = d.pop("duplicates")

        invalid = d.pop("invalid")

        valid = d.pop("valid")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = ImportItemResult.from_dict(items_item_data)



            items.append(items_item)


        import_batch_out = cls(
            dry_run=dry_run,
            created=created,
            duplicates=duplicates,
            invalid=invalid,
            valid=valid,
            items=items,
        )


        import_batch_out.additional_properties = d
        return import_batch_out

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
