from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.discussion_out import DiscussionOut
  from ..models.dossier_out import DossierOut
  from ..models.police_report_out import PoliceReportOut





T = TypeVar("T", bound="GakkumduOut")



@_attrs_define
class GakkumduOut:
    """ A case's Sentra Gakkumdu record.

        Attributes:
            report_id (UUID):
            applies (bool): Registered as criminal or decided as a crime.
            applies_basis (str):
            third_discussion_expected (bool): Policy `gakkumdu.third_discussion` (LOW; not used in 2024 practice).
            time_limits (str): Time limits per discussion: none found in the law (LOW); none is applied.
            discussions (list[DiscussionOut]):
            dossier (DossierOut):
            police_report (None | PoliceReportOut):
     """

    report_id: UUID
    applies: bool
    applies_basis: str
    third_discussion_expected: bool
    time_limits: str
    discussions: list[DiscussionOut]
    dossier: DossierOut
    police_report: None | PoliceReportOut
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.discussion_out import DiscussionOut # noqa: PLC0415
        from ..models.dossier_out import DossierOut # noqa: PLC0415
        from ..models.police_report_out import PoliceReportOut # noqa: PLC0415
        report_id = str(self.report_id)

        applies = self.applies

        applies_basis = self.applies_basis

        third_discussion_expected = self.third_discussion_expected

        time_limits = self.time_limits

        discussions = []
        for discussions_item_data in self.discussions:
            discussions_item = discussions_item_data.to_dict()
            discussions.append(discussions_item)



        dossier = self.dossier.to_dict()

        police_report: dict[str, Any] | None
        if isinstance(self.police_report, PoliceReportOut):
            police_report = self.police_report.to_dict()
        else:
            police_report = self.police_report


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "report_id": report_id,
            "applies": applies,
            "applies_basis": applies_basis,
            "third_discussion_expected": third_discussion_expected,
            "time_limits": time_limits,
            "discussions": discussions,
            "dossier": dossier,
            "police_report": police_report,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.discussion_out import DiscussionOut # noqa: PLC0415
        from ..models.dossier_out import DossierOut # noqa: PLC0415
        from ..models.police_report_out import PoliceReportOut # noqa: PLC0415
        d = dict(src_dict)
        report_id = UUID(d.pop("report_id"))




        applies = d.pop("applies")

        applies_basis = d.pop("applies_basis")

        third_discussion_expected = d.pop("third_discussion_expected")

        time_limits = d.pop("time_limits")

        discussions = []
        _discussions = d.pop("discussions")
        for discussions_item_data in (_discussions):
            discussions_item = DiscussionOut.from_dict(discussions_item_data)



            discussions.append(discussions_item)


        dossier = DossierOut.from_dict(d.pop("dossier"))




        def _parse_police_report(data: object) -> None | PoliceReportOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                police_report_type_0 = PoliceReportOut.from_dict(data)



                return police_report_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PoliceReportOut, data)

        police_report = _parse_police_report(d.pop("police_report"))


        gakkumdu_out = cls(
            report_id=report_id,
            applies=applies,
            applies_basis=applies_basis,
            third_discussion_expected=third_discussion_expected,
            time_limits=time_limits,
            discussions=discussions,
            dossier=dossier,
            police_report=police_report,
        )


        gakkumdu_out.additional_properties = d
        return gakkumdu_out

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
