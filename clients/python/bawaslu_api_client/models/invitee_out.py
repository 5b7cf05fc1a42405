from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.attendance import Attendance
from ..models.invitee_role import InviteeRole
from ..models.oath import Oath
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.invitation_out import InvitationOut
  from ..models.invitee_out_minutes_type_0 import InviteeOutMinutesType0





T = TypeVar("T", bound="InviteeOut")



@_attrs_define
class InviteeOut:
    """ 
        Attributes:
            id (UUID):
            role (InviteeRole):
            person_id (None | UUID):
            party_index (int | None):
            name (str):
            attempt_no (int): 1, or 2 for a second invitation after a no-show, ...
            invitation (InvitationOut):
            attendance (Attendance | None):
            oath (None | Oath):
            oath_form (None | str):
            minutes (InviteeOutMinutesType0 | None): The minutes (Form B.12): questions and answers, read back, signed.
                Personal and confidential: shown to handlers, commissioners and admins only.
            minutes_evidence_id (None | UUID):
            missed_invitations (int): Consecutive invitations this person missed up to this one.
            may_proceed_without (bool): The analysis may proceed without this person (policy
                `clarification.invitations_before_proceeding`).
            minutes_withheld (bool | Unset): True when minutes exist but your role may not read them. Default: False.
     """

    id: UUID
    role: InviteeRole
    person_id: None | UUID
    party_index: int | None
    name: str
    attempt_no: int
    invitation: InvitationOut
    attendance: Attendance | None
    oath: None | Oath
    oath_form: None | str
    minutes: InviteeOutMinutesType0 | None
    minutes_evidence_id: None | UUID
    missed_invitations: int
    may_proceed_without: bool
    minutes_withheld: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.invitation_out import InvitationOut # noqa: PLC0415
        from ..models.invitee_out_minutes_type_0 import InviteeOutMinutesType0 # noqa: PLC0415
        id = str(self.id)

        role = self.role.value

        person_id: None | str
        if isinstance(self.person_id, UUID):
            person_id = str(self.person_id)
        else:
            person_id = self.person_id

        party_index: int | None
        party_index = self.party_index

        name = self.name

        attempt_no = self.attempt_no

        invitation = self.invitation.to_dict()

        attendance: None | str
        if isinstance(self.attendance, Attendance):
            attendance = self.attendance.value
        else:
            attendance = self.attendance

        oath: None | str
        if isinstance(self.oath, Oath):
            oath = self.oath.value
        else:
            oath = self.oath

        oath_form: None | str
        oath_form = self.oath_form

        minutes: dict[str, Any] | None
        if isinstance(self.minutes, InviteeOutMinutesType0):
            minutes = self.minutes.to_dict()
        else:
            minutes = self.minutes

        minutes_evidence_id: None | str
        if isinstance(self.minutes_evidence_id, UUID):
            minutes_evidence_id = str(self.minutes_evidence_id)
        else:
            minutes_evidence_id = self.minutes_evidence_id

        missed_invitations = self.missed_invitations

        may_proceed_without = self.may_proceed_without

        minutes_withheld = self.minutes_withheld


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "role": role,
            "person_id": person_id,
            "party_index": party_index,
            "name": name,
            "attempt_no": attempt_no,
            "invitation": invitation,
            "attendance": attendance,
            "oath": oath,
            "oath_form": oath_form,
            "minutes": minutes,
            "minutes_evidence_id": minutes_evidence_id,
            "missed_invitations": missed_invitations,
            "may_proceed_without": may_proceed_without,
        })
        if minutes_withheld is not UNSET:
            field_dict["minutes_withheld"] = minutes_withheld

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invitation_out import InvitationOut # noqa: PLC0415
        from ..models.invitee_out_minutes_type_0 import InviteeOutMinutesType0 # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        role = InviteeRole(d.pop("role"))




        def _parse_person_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_id_type_0 = UUID(data)



                return person_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        person_id = _parse_person_id(d.pop("person_id"))


        def _parse_party_index(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        party_index = _parse_party_index(d.pop("party_index"))


        name = d.pop("name")

        attempt_no = d.pop("attempt_no")

        invitation = InvitationOut.from_dict(d.pop("invitation"))




        def _parse_attendance(data: object) -> Attendance | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                attendance_type_0 = Attendance(data)



                return attendance_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Attendance | None, data)

        attendance = _parse_attendance(d.pop("attendance"))


        def _parse_oath(data: object) -> None | Oath:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                oath_type_0 = Oath(data)



                return oath_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Oath, data)

        oath = _parse_oath(d.pop("oath"))


        def _parse_oath_form(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        oath_form = _parse_oath_form(d.pop("oath_form"))


        def _parse_minutes(data: object) -> InviteeOutMinutesType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                minutes_type_0 = InviteeOutMinutesType0.from_dict(data)



                return minutes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(InviteeOutMinutesType0 | None, data)

        minutes = _parse_minutes(d.pop("minutes"))


        def _parse_minutes_evidence_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minutes_evidence_id_type_0 = UUID(data)



                return minutes_evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        minutes_evidence_id = _parse_minutes_evidence_id(d.pop("minutes_evidence_id"))


        missed_invitations = d.pop("missed_invitations")

        may_proceed_without = d.pop("may_proceed_without")

        minutes_withheld = d.pop("minutes_withheld", UNSET)

        invitee_out = cls(
            id=id,
            role=role,
            person_id=person_id,
            party_index=party_index,
            name=name,
            attempt_no=attempt_no,
            invitation=invitation,
            attendance=attendance,
            oath=oath,
            oath_form=oath_form,
            minutes=minutes,
            minutes_evidence_id=minutes_evidence_id,
            missed_invitations=missed_invitations,
            may_proceed_without=may_proceed_without,
            minutes_withheld=minutes_withheld,
        )


        invitee_out.additional_properties = d
        return invitee_out

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
