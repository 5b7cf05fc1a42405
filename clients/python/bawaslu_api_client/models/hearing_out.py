from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.clock_out import ClockOut
  from ..models.hearing_session_out import HearingSessionOut
  from ..models.panel_out import PanelOut





T = TypeVar("T", bound="HearingOut")



@_attrs_define
class HearingOut:
    """ A case's administrative hearing record.

        Attributes:
            report_id (UUID):
            applies (bool):
            applies_basis (str):
            adjourn_when_party_absent (bool): Policy `hearings.adjourn_when_party_absent` (MED).
            panel (None | PanelOut):
            sessions (list[HearingSessionOut]):
            admitted (bool | None): The preliminary decision; null before it.
            next_agendas (list[str]): Agendas a session may have now.
            decision_clock (ClockOut | None): The clock every session runs inside (admin.decision: 14 working days).
            timetable (str):
     """

    report_id: UUID
    applies: bool
    applies_basis: str
    adjourn_when_party_absent: bool
    panel: None | PanelOut
    sessions: list[HearingSessionOut]
    admitted: bool | None
    next_agendas: list[str]
    decision_clock: ClockOut | None
    timetable: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.clock_out import ClockOut # noqa: PLC0415
        from ..models.hearing_session_out import HearingSessionOut # noqa: PLC0415
        from ..models.panel_out import PanelOut # noqa: PLC0415
        report_id = str(self.report_id)

        applies = self.applies

        applies_basis = self.applies_basis

        adjourn_when_party_absent = self.adjourn_when_party_absent

        panel: dict[str, Any] | None
        if isinstance(self.panel, PanelOut):
            panel = self.panel.to_dict()
        else:
            panel = self.panel

        sessions = []
        for sessions_item_data in self.sessions:
            sessions_item = sessions_item_data.to_dict()
            sessions.append(sessions_item)



        admitted: bool | None
        admitted = self.admitted

        next_agendas = self.next_agendas



        decision_clock: dict[str, Any] | None
        if isinstance(self.decision_clock, ClockOut):
            decision_clock = self.decision_clock.to_dict()
        else:
            decision_clock = self.decision_clock

        timetable = self.timetable


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "report_id": report_id,
            "applies": applies,
            "applies_basis": applies_basis,
            "adjourn_when_party_absent": adjourn_when_party_absent,
            "panel": panel,
            "sessions": sessions,
            "admitted": admitted,
            "next_agendas": next_agendas,
            "decision_clock": decision_clock,
            "timetable": timetable,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.clock_out import ClockOut # noqa: PLC0415
        from ..models.hearing_session_out import HearingSessionOut # noqa: PLC0415
        from ..models.panel_out import PanelOut # noqa: PLC0415
        d = dict(src_dict)
        report_id = UUID(d.pop("report_id"))




        applies = d.pop("applies")

        applies_basis = d.pop("applies_basis")

        adjourn_when_party_absent = d.pop("adjourn_when_party_absent")

        def _parse_panel(data: object) -> None | PanelOut:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                panel_type_0 = PanelOut.from_dict(data)



                return panel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PanelOut, data)

        panel = _parse_panel(d.pop("panel"))


        sessions = []
        _sessions = d.pop("sessions")
        for sessions_item_data in (_sessions):
            sessions_item = HearingSessionOut.from_dict(sessions_item_data)



            sessions.append(sessions_item)


        def _parse_admitted(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        admitted = _parse_admitted(d.pop("admitted"))


        next_agendas = cast(list[str], d.pop("next_agendas"))


        def _parse_decision_clock(data: object) -> ClockOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                decision_clock_type_0 = ClockOut.from_dict(data)



                return decision_clock_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClockOut | None, data)

        decision_clock = _parse_decision_clock(d.pop("decision_clock"))


        timetable = d.pop("timetable")

        hearing_out = cls(
            report_id=report_id,
            applies=applies,
            applies_basis=applies_basis,
            adjourn_when_party_absent=adjourn_when_party_absent,
            panel=panel,
            sessions=sessions,
            admitted=admitted,
            next_agendas=next_agendas,
            decision_clock=decision_clock,
            timetable=timetable,
        )


        hearing_out.additional_properties = d
        return hearing_out

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
