from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.label import Label





T = TypeVar("T", bound="Labels")



@_attrs_define
class Labels:
    """ Indonesian and English labels of the API's stable enum values.

        Attributes:
            report_kind (list[Label]):
            report_status (list[Label]):
            outcome (list[Label]):
            violation_category (list[Label]):
            channel (list[Label]):
            deadline_status (list[Label]):
            deadline_unit (list[Label]): Units of deadlines' lengths.
            stage (list[Label]): Election stages of the classification.
            subject (list[Label]): Subjects of the classification (Pemilu wording; `GET /v1/rules/classification` has each
                regime's).
     """

    report_kind: list[Label]
    report_status: list[Label]
    outcome: list[Label]
    violation_category: list[Label]
    channel: list[Label]
    deadline_status: list[Label]
    deadline_unit: list[Label]
    stage: list[Label]
    subject: list[Label]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.label import Label # noqa: PLC0415
        report_kind = []
        for report_kind_item_data in self.report_kind:
            report_kind_item = report_kind_item_data.to_dict()
            report_kind.append(report_kind_item)



        report_status = []
        for report_status_item_data in self.report_status:
            report_status_item = report_status_item_data.to_dict()
            report_status.append(report_status_item)



        outcome = []
        for outcome_item_data in self.outcome:
            outcome_item = outcome_item_data.to_dict()
            outcome.append(outcome_item)



        violation_category = []
        for violation_category_item_data in self.violation_category:
            violation_category_item = violation_category_item_data.to_dict()
            violation_category.append(violation_category_item)



        channel = []
        for channel_item_data in self.channel:
            channel_item = channel_item_data.to_dict()
            channel.append(channel_item)



        deadline_status = []
        for deadline_status_item_data in self.deadline_status:
            deadline_status_item = deadline_status_item_data.to_dict()
            deadline_status.append(deadline_status_item)



        deadline_unit = []
        for deadline_unit_item_data in self.deadline_unit:
            deadline_unit_item = deadline_unit_item_data.to_dict()
            deadline_unit.append(deadline_unit_item)



        stage = []
        for stage_item_data in self.stage:
            stage_item = stage_item_data.to_dict()
            stage.append(stage_item)



        subject = []
        for subject_item_data in self.subject:
            subject_item = subject_item_data.to_dict()
            subject.append(subject_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "report_kind": report_kind,
            "report_status": report_status,
            "outcome": outcome,
            "violation_category": violation_category,
            "channel": channel,
            "deadline_status": deadline_status,
            "deadline_unit": deadline_unit,
            "stage": stage,
            "subject": subject,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.label import Label # noqa: PLC0415
        d = dict(src_dict)
        report_kind = []
        _report_kind = d.pop("report_kind")
        for report_kind_item_data in (_report_kind):
            report_kind_item = Label.from_dict(report_kind_item_data)



            report_kind.append(report_kind_item)


        report_status = []
        _report_status = d.pop("report_status")
        for report_status_item_data in (_report_status):
            report_status_item = Label.from_dict(report_status_item_data)



            report_status.append(report_status_item)


        outcome = []
        _outcome = d.pop("outcome")
        for outcome_item_data in (_outcome):
            outcome_item = Label.from_dict(outcome_item_data)



            outcome.append(outcome_item)


        violation_category = []
        _violation_category = d.pop("violation_category")
        for violation_category_item_data in (_violation_category):
            violation_category_item = Label.from_dict(violation_category_item_data)



            violation_category.append(violation_category_item)


        channel = []
        _channel = d.pop("channel")
        for channel_item_data in (_channel):
            channel_item = Label.from_dict(channel_item_data)



            channel.append(channel_item)


        deadline_status = []
        _deadline_status = d.pop("deadline_status")
        for deadline_status_item_data in (_deadline_status):
            deadline_status_item = Label.from_dict(deadline_status_item_data)



            deadline_status.append(deadline_status_item)


        deadline_unit = []
        _deadline_unit = d.pop("deadline_unit")
        for deadline_unit_item_data in (_deadline_unit):
            deadline_unit_item = Label.from_dict(deadline_unit_item_data)



            deadline_unit.append(deadline_unit_item)


        stage = []
        _stage = d.pop("stage")
        for stage_item_data in (_stage):
            stage_item = Label.from_dict(stage_item_data)



            stage.append(stage_item)


        subject = []
        _subject = d.pop("subject")
        for subject_item_data in (_subject):
            subject_item = Label.from_dict(subject_item_data)



            subject.append(subject_item)


        labels = cls(
            report_kind=report_kind,
            report_status=report_status,
            outcome=outcome,
            violation_category=violation_category,
            channel=channel,
            deadline_status=deadline_status,
            deadline_unit=deadline_unit,
            stage=stage,
            subject=subject,
        )


        labels.additional_properties = d
        return labels

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
