from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.bucket import Bucket
  from ..models.durations import Durations
  from ..models.office_row import OfficeRow
  from ..models.rule_compliance import RuleCompliance
  from ..models.stats_scope import StatsScope
  from ..models.totals import Totals
  from ..models.week_point import WeekPoint





T = TypeVar("T", bound="Statistics")



@_attrs_define
class Statistics:
    """ The statistics of an office's subtree (docs/statistics.md).

        Attributes:
            scope (StatsScope): What the figures are about: the office's subtree and the filters applied.
            totals (Totals):
            registration_days (Durations): Working days (the case's calendar: no weekends, no public holidays), over the
                cases
                that have the value.
            decision_days (Durations): Working days (the case's calendar: no weekends, no public holidays), over the cases
                that have the value.
            by_stage (list[Bucket]):
            by_subject (list[Bucket]): A case with several subjects counts under each; `unclassified`: none.
            by_status (list[Bucket]):
            by_outcome (list[Bucket]):
            by_category (list[Bucket]):
            by_channel (list[Bucket]):
            by_kind (list[Bucket]):
            by_office_level (list[Bucket]): Level of the office handling the case.
            by_office (list[OfficeRow]): Largest first, at most `top`.
            deadlines (list[RuleCompliance]):
            open_by_age (list[Bucket]): Open cases by calendar days since receipt: 0-7, 8-14, 15-30, 31+.
            forwarded_to (list[Bucket]): Cases forwarded, by addressee (kpu, dkpp, police, agency).
            kpu_followups (list[Bucket]): Forwardings to KPU by their follow-up status.
            weekly (list[WeekPoint]):
     """

    scope: StatsScope
    totals: Totals
    registration_days: Durations
    decision_days: Durations
    by_stage: list[Bucket]
    by_subject: list[Bucket]
    by_status: list[Bucket]
    by_outcome: list[Bucket]
    by_category: list[Bucket]
    by_channel: list[Bucket]
    by_kind: list[Bucket]
    by_office_level: list[Bucket]
    by_office: list[OfficeRow]
    deadlines: list[RuleCompliance]
    open_by_age: list[Bucket]
    forwarded_to: list[Bucket]
    kpu_followups: list[Bucket]
    weekly: list[WeekPoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.bucket import Bucket # noqa: PLC0415
        from ..models.durations import Durations # noqa: PLC0415
        from ..models.office_row import OfficeRow # noqa: PLC0415
        from ..models.rule_compliance import RuleCompliance # noqa: PLC0415
        from ..models.stats_scope import StatsScope # noqa: PLC0415
        from ..models.totals import Totals # noqa: PLC0415
        from ..models.week_point import WeekPoint # noqa: PLC0415
        scope = self.scope.to_dict()

        totals = self.totals.to_dict()

        registration_days = self.registration_days.to_dict()

        decision_days = self.decision_days.to_dict()

        by_stage = []
        for by_stage_item_data in self.by_stage:
            by_stage_item = by_stage_item_data.to_dict()
            by_stage.append(by_stage_item)



        by_subject = []
        for by_subject_item_data in self.by_subject:
            by_subject_item = by_subject_item_data.to_dict()
            by_subject.append(by_subject_item)



        by_status = []
        for by_status_item_data in self.by_status:
            by_status_item = by_status_item_data.to_dict()
            by_status.append(by_status_item)



        by_outcome = []
        for by_outcome_item_data in self.by_outcome:
            by_outcome_item = by_outcome_item_data.to_dict()
            by_outcome.append(by_outcome_item)



        by_category = []
        for by_category_item_data in self.by_category:
            by_category_item = by_category_item_data.to_dict()
            by_category.append(by_category_item)



        by_channel = []
        for by_channel_item_data in self.by_channel:
            by_channel_item = by_channel_item_data.to_dict()
            by_channel.append(by_channel_item)



        by_kind = []
        for by_kind_item_data in self.by_kind:
            by_kind_item = by_kind_item_data.to_dict()
            by_kind.append(by_kind_item)



        by_office_level = []
        for by_office_level_item_data in self.by_office_level:
            by_office_level_item = by_office_level_item_data.to_dict()
            by_office_level.append(by_office_level_item)



        by_office = []
        for by_office_item_data in self.by_office:
            by_office_item = by_office_item_data.to_dict()
            by_office.append(by_office_item)



        deadlines = []
        for deadlines_item_data in self.deadlines:
            deadlines_item = deadlines_item_data.to_dict()
            deadlines.append(deadlines_item)



        open_by_age = []
        for open_by_age_item_data in self.open_by_age:
            open_by_age_item = open_by_age_item_data.to_dict()
            open_by_age.append(open_by_age_item)



        forwarded_to = []
        for forwarded_to_item_data in self.forwarded_to:
            forwarded_to_item = forwarded_to_item_data.to_dict()
            forwarded_to.append(forwarded_to_item)



        kpu_followups = []
        for kpu_followups_item_data in self.kpu_followups:
            kpu_followups_item = kpu_followups_item_data.to_dict()
            kpu_followups.append(kpu_followups_item)



        weekly = []
        for weekly_item_data in self.weekly:
            weekly_item = weekly_item_data.to_dict()
            weekly.append(weekly_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "scope": scope,
            "totals": totals,
            "registration_days": registration_days,
            "decision_days": decision_days,
            "by_stage": by_stage,
            "by_subject": by_subject,
            "by_status": by_status,
            "by_outcome": by_outcome,
            "by_category": by_category,
            "by_channel": by_channel,
            "by_kind": by_kind,
            "by_office_level": by_office_level,
            "by_office": by_office,
            "deadlines": deadlines,
            "open_by_age": open_by_age,
            "forwarded_to": forwarded_to,
            "kpu_followups": kpu_followups,
            "weekly": weekly,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bucket import Bucket # noqa: PLC0415
        from ..models.durations import Durations # noqa: PLC0415
        from ..models.office_row import OfficeRow # noqa: PLC0415
        from ..models.rule_compliance import RuleCompliance # noqa: PLC0415
        from ..models.stats_scope import StatsScope # noqa: PLC0415
        from ..models.totals import Totals # noqa: PLC0415
        from ..models.week_point import WeekPoint # noqa: PLC0415
        d = dict(src_dict)
        scope = StatsScope.from_dict(d.pop("scope"))




        totals = Totals.from_dict(d.pop("totals"))




        registration_days = Durations.from_dict(d.pop("registration_days"))




        decision_days = Durations.from_dict(d.pop("decision_days"))




        by_stage = []
        _by_stage = d.pop("by_stage")
        for by_stage_item_data in (_by_stage):
            by_stage_item = Bucket.from_dict(by_stage_item_data)



            by_stage.append(by_stage_item)


        by_subject = []
        _by_subject = d.pop("by_subject")
        for by_subject_item_data in (_by_subject):
            by_subject_item = Bucket.from_dict(by_subject_item_data)



            by_subject.append(by_subject_item)


        by_status = []
        _by_status = d.pop("by_status")
        for by_status_item_data in (_by_status):
            by_status_item = Bucket.from_dict(by_status_item_data)



            by_status.append(by_status_item)


        by_outcome = []
        _by_outcome = d.pop("by_outcome")
        for by_outcome_item_data in (_by_outcome):
            by_outcome_item = Bucket.from_dict(by_outcome_item_data)



            by_outcome.append(by_outcome_item)


        by_category = []
        _by_category = d.pop("by_category")
        for by_category_item_data in (_by_category):
            by_category_item = Bucket.from_dict(by_category_item_data)



            by_category.append(by_category_item)


        by_channel = []
        _by_channel = d.pop("by_channel")
        for by_channel_item_data in (_by_channel):
            by_channel_item = Bucket.from_dict(by_channel_item_data)



            by_channel.append(by_channel_item)


        by_kind = []
        _by_kind = d.pop("by_kind")
        for by_kind_item_data in (_by_kind):
            by_kind_item = Bucket.from_dict(by_kind_item_data)



            by_kind.append(by_kind_item)


        by_office_level = []
        _by_office_level = d.pop("by_office_level")
        for by_office_level_item_data in (_by_office_level):
            by_office_level_item = Bucket.from_dict(by_office_level_item_data)



            by_office_level.append(by_office_level_item)


        by_office = []
        _by_office = d.pop("by_office")
        for by_office_item_data in (_by_office):
            by_office_item = OfficeRow.from_dict(by_office_item_data)



            by_office.append(by_office_item)


        deadlines = []
        _deadlines = d.pop("deadlines")
        for deadlines_item_data in (_deadlines):
            deadlines_item = RuleCompliance.from_dict(deadlines_item_data)



            deadlines.append(deadlines_item)


        open_by_age = []
        _open_by_age = d.pop("open_by_age")
        for open_by_age_item_data in (_open_by_age):
            open_by_age_item = Bucket.from_dict(open_by_age_item_data)



            open_by_age.append(open_by_age_item)


        forwarded_to = []
        _forwarded_to = d.pop("forwarded_to")
        for forwarded_to_item_data in (_forwarded_to):
            forwarded_to_item = Bucket.from_dict(forwarded_to_item_data)



            forwarded_to.append(forwarded_to_item)


        kpu_followups = []
        _kpu_followups = d.pop("kpu_followups")
        for kpu_followups_item_data in (_kpu_followups):
            kpu_followups_item = Bucket.from_dict(kpu_followups_item_data)



            kpu_followups.append(kpu_followups_item)


        weekly = []
        _weekly = d.pop("weekly")
        for weekly_item_data in (_weekly):
            weekly_item = WeekPoint.from_dict(weekly_item_data)



            weekly.append(weekly_item)


        statistics = cls(
            scope=scope,
            totals=totals,
            registration_days=registration_days,
            decision_days=decision_days,
            by_stage=by_stage,
            by_subject=by_subject,
            by_status=by_status,
            by_outcome=by_outcome,
            by_category=by_category,
            by_channel=by_channel,
            by_kind=by_kind,
            by_office_level=by_office_level,
            by_office=by_office,
            deadlines=deadlines,
            open_by_age=open_by_age,
            forwarded_to=forwarded_to,
            kpu_followups=kpu_followups,
            weekly=weekly,
        )


        statistics.additional_properties = d
        return statistics

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
