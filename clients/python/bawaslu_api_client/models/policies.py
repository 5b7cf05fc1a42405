from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.first_counted_day import FirstCountedDay
from ..models.policies_clarification_invitation_day import PoliciesClarificationInvitationDay
from ..models.policies_completion_start_without_notice import PoliciesCompletionStartWithoutNotice
from ..models.policies_day_deadline_ends import PoliciesDayDeadlineEnds
from ..models.policies_nik_region_mismatch import PoliciesNikRegionMismatch
from ..models.policies_reception_days import PoliciesReceptionDays






T = TypeVar("T", bound="Policies")



@_attrs_define
class Policies:
    """ The ruleset's policies as applied (docs/legal/rules.md §2; each one is a named
    policy of `GET /v1/rules/policies`).

        Attributes:
            cuti_bersama_is_working_day (bool):
            calendar_deadline_rolls_forward (bool):
            first_counted_day (FirstCountedDay): Which day is day 1 of a day-based deadline.
            day_deadline_ends (PoliciesDayDeadlineEnds):
            completion_start_without_notice (PoliciesCompletionStartWithoutNotice):
            reception_24h (bool):
            reception_24h_days_after_voting (int):
            reception_days (PoliciesReceptionDays):
            nik_region_mismatch (PoliciesNikRegionMismatch):
            clarification_invitation_day (PoliciesClarificationInvitationDay):
            clarification_invitations_before_proceeding (int):
     """

    cuti_bersama_is_working_day: bool
    calendar_deadline_rolls_forward: bool
    first_counted_day: FirstCountedDay
    day_deadline_ends: PoliciesDayDeadlineEnds
    completion_start_without_notice: PoliciesCompletionStartWithoutNotice
    reception_24h: bool
    reception_24h_days_after_voting: int
    reception_days: PoliciesReceptionDays
    nik_region_mismatch: PoliciesNikRegionMismatch
    clarification_invitation_day: PoliciesClarificationInvitationDay
    clarification_invitations_before_proceeding: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        cuti_bersama_is_working_day = self.cuti_bersama_is_working_day

        calendar_deadline_rolls_forward = self.calendar_deadline_rolls_forward

        first_counted_day = self.first_counted_day.value

        day_deadline_ends = self.day_deadline_ends.value

        completion_start_without_notice = self.completion_start_without_notice.value

        reception_24h = self.reception_24h

        reception_24h_days_after_voting = self.reception_24h_days_after_voting

        reception_days = self.reception_days.value

        nik_region_mismatch = self.nik_region_mismatch.value

        clarification_invitation_day = self.clarification_invitation_day.value

        clarification_invitations_before_proceeding = self.clarification_invitations_before_proceeding


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "cuti_bersama_is_working_day": cuti_bersama_is_working_day,
            "calendar_deadline_rolls_forward": calendar_deadline_rolls_forward,
            "first_counted_day": first_counted_day,
            "day_deadline_ends": day_deadline_ends,
            "completion_start_without_notice": completion_start_without_notice,
            "reception_24h": reception_24h,
            "reception_24h_days_after_voting": reception_24h_days_after_voting,
            "reception_days": reception_days,
            "nik_region_mismatch": nik_region_mismatch,
            "clarification_invitation_day": clarification_invitation_day,
            "clarification_invitations_before_proceeding": clarification_invitations_before_proceeding,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cuti_bersama_is_working_day = d.pop("cuti_bersama_is_working_day")

        calendar_deadline_rolls_forward = d.pop("calendar_deadline_rolls_forward")

        first_counted_day = FirstCountedDay(d.pop("first_counted_day"))




        day_deadline_ends = PoliciesDayDeadlineEnds(d.pop("day_deadline_ends"))




        completion_start_without_notice = PoliciesCompletionStartWithoutNotice(d.pop("completion_start_without_notice"))




        reception_24h = d.pop("reception_24h")

        reception_24h_days_after_voting = d.pop("reception_24h_days_after_voting")

        reception_days = PoliciesReceptionDays(d.pop("reception_days"))




        nik_region_mismatch = PoliciesNikRegionMismatch(d.pop("nik_region_mismatch"))




        clarification_invitation_day = PoliciesClarificationInvitationDay(d.pop("clarification_invitation_day"))




        clarification_invitations_before_proceeding = d.pop("clarification_invitations_before_proceeding")

        policies = cls(
            cuti_bersama_is_working_day=cuti_bersama_is_working_day,
            calendar_deadline_rolls_forward=calendar_deadline_rolls_forward,
            first_counted_day=first_counted_day,
            day_deadline_ends=day_deadline_ends,
            completion_start_without_notice=completion_start_without_notice,
            reception_24h=reception_24h,
            reception_24h_days_after_voting=reception_24h_days_after_voting,
            reception_days=reception_days,
            nik_region_mismatch=nik_region_mismatch,
            clarification_invitation_day=clarification_invitation_day,
            clarification_invitations_before_proceeding=clarification_invitations_before_proceeding,
        )


        policies.additional_properties = d
        return policies

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
