from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.public_row import PublicRow
  from ..models.public_rules import PublicRules
  from ..models.stats_scope import StatsScope





T = TypeVar("T", bound="PublicStatistics")



@_attrs_define
class PublicStatistics:
    """ Open data: aggregates only, small counts suppressed (docs/statistics.md).

        Attributes:
            scope (StatsScope): What the figures are about: the office's subtree and the filters applied.
            rules (PublicRules):
            rows (list[PublicRow]):
     """

    scope: StatsScope
    rules: PublicRules
    rows: list[PublicRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.public_row import PublicRow # noqa: PLC0415
        from ..models.public_rules import PublicRules # noqa: PLC0415
        from ..models.stats_scope import StatsScope # noqa: PLC0415
        scope = self.scope.to_dict()

        rules = self.rules.to_dict()

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "scope": scope,
            "rules": rules,
            "rows": rows,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.public_row import PublicRow # noqa: PLC0415
        from ..models.public_rules import PublicRules # noqa: PLC0415
        from ..models.stats_scope import StatsScope # noqa: PLC0415
        d = dict(src_dict)
        scope = StatsScope.from_dict(d.pop("scope"))




        rules = PublicRules.from_dict(d.pop("rules"))




        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = PublicRow.from_dict(rows_item_data)



            rows.append(rows_item)


        public_statistics = cls(
            scope=scope,
            rules=rules,
            rows=rows,
        )


        public_statistics.additional_properties = d
        return public_statistics

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
