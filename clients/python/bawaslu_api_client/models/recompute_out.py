from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.recomputed_clock import RecomputedClock
  from ..models.skipped_clock import SkippedClock





T = TypeVar("T", bound="RecomputeOut")



@_attrs_define
class RecomputeOut:
    """ 
        Attributes:
            applied (bool): Whether the new due dates were stored.
            scope (str): `report:<id>`, or `office:<code>` (that subtree).
            reason (None | str):
            checked (int): Pending clocks computed again.
            cases (int): Cases with at least one changed clock.
            changes (list[RecomputedClock]): Clocks whose due date or time changes.
            skipped (list[SkippedClock]): Pending clocks in scope left as they are, and why.
     """

    applied: bool
    scope: str
    reason: None | str
    checked: int
    cases: int
    changes: list[RecomputedClock]
    skipped: list[SkippedClock]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.recomputed_clock import RecomputedClock # noqa: PLC0415
        from ..models.skipped_clock import SkippedClock # noqa: PLC0415
        applied = self.applied

        scope = self.scope

        reason: None | str
        reason = self.reason

        checked = self.checked

        cases = self.cases

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)



        skipped = []
        for skipped_item_data in self.skipped:
            skipped_item = skipped_item_data.to_dict()
            skipped.append(skipped_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "applied": applied,
            "scope": scope,
            "reason": reason,
            "checked": checked,
            "cases": cases,
            "changes": changes,
            "skipped": skipped,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recomputed_clock import RecomputedClock # noqa: PLC0415
        from ..models.skipped_clock import SkippedClock # noqa: PLC0415
        d = dict(src_dict)
        applied = d.pop("applied")

        scope = d.pop("scope")

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))


        checked = d.pop("checked")

        cases = d.pop("cases")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in (_changes):
            changes_item = RecomputedClock.from_dict(changes_item_data)



            changes.append(changes_item)


        skipped = []
        _skipped = d.pop("skipped")
        for skipped_item_data in (_skipped):
            skipped_item = SkippedClock.from_dict(skipped_item_data)



            skipped.append(skipped_item)


        recompute_out = cls(
            applied=applied,
            scope=scope,
            reason=reason,
            checked=checked,
            cases=cases,
            changes=changes,
            skipped=skipped,
        )


        recompute_out.additional_properties = d
        return recompute_out

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
