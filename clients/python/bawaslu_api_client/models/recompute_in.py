from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID






T = TypeVar("T", bound="RecomputeIn")



@_attrs_define
class RecomputeIn:
    """ Which open clocks to compute again with the calendar in force, and whether to apply
    the new due dates.

        Attributes:
            report_id (None | Unset | UUID): One case.
            office (None | str | Unset): An office code: the open clocks of that office's subtree.
            apply (bool | Unset): `false` (default): only list what would change. `true`: change it. Default: False.
            reason (None | str | Unset): Required with `apply: true`; kept on each case's timeline and the audit log (e.g.
                the decree that added the holiday).
     """

    report_id: None | Unset | UUID = UNSET
    office: None | str | Unset = UNSET
    apply: bool | Unset = False
    reason: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        report_id: None | str | Unset
        if isinstance(self.report_id, Unset):
            report_id = UNSET
        elif isinstance(self.report_id, UUID):
            report_id = str(self.report_id)
        else:
            report_id = self.report_id

        office: None | str | Unset
        if isinstance(self.office, Unset):
            office = UNSET
        else:
            office = self.office

        apply = self.apply

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if office is not UNSET:
            field_dict["office"] = office
        if apply is not UNSET:
            field_dict["apply"] = apply
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_report_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                report_id_type_0 = UUID(data)



                return report_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        report_id = _parse_report_id(d.pop("report_id", UNSET))


        def _parse_office(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        office = _parse_office(d.pop("office", UNSET))


        apply = d.pop("apply", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        recompute_in = cls(
            report_id=report_id,
            office=office,
            apply=apply,
            reason=reason,
        )

        return recompute_in

