from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.link_kind import LinkKind
from uuid import UUID






T = TypeVar("T", bound="LinkIn")



@_attrs_define
class LinkIn:
    """ 
        Attributes:
            report (UUID): The other case (report or finding).
            kind (LinkKind): How two cases relate.
            reason (str):
     """

    report: UUID
    kind: LinkKind
    reason: str





    def to_dict(self) -> dict[str, Any]:
        report = str(self.report)

        kind = self.kind.value

        reason = self.reason


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "report": report,
            "kind": kind,
            "reason": reason,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        report = UUID(d.pop("report"))




        kind = LinkKind(d.pop("kind"))




        reason = d.pop("reason")

        link_in = cls(
            report=report,
            kind=kind,
            reason=reason,
        )

        return link_in

