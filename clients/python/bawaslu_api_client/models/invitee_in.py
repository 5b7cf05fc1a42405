from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invitation_channel import InvitationChannel
from ..models.invitee_role import InviteeRole
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="InviteeIn")



@_attrs_define
class InviteeIn:
    """ Who is invited (Art. 28(1)) and how the invitation (Form B.9) goes (Art. 29(2)).

        Attributes:
            role (InviteeRole):
            channel (InvitationChannel): Perbawaslu 7/2022 Art. 29(2).
            person (None | Unset | UUID): A witness or expert: the id of a person of the case (`/persons`).
            party (int | None | Unset): A reported party: its position (from 0) in `reported_parties`.
            sent_at (datetime.datetime | None | Unset): When the invitation was sent (default: when the session is
                scheduled).
     """

    role: InviteeRole
    channel: InvitationChannel
    person: None | Unset | UUID = UNSET
    party: int | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        channel = self.channel.value

        person: None | str | Unset
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, UUID):
            person = str(self.person)
        else:
            person = self.person

        party: int | None | Unset
        if isinstance(self.party, Unset):
            party = UNSET
        else:
            party = self.party

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
            "channel": channel,
        })
        if person is not UNSET:
            field_dict["person"] = person
        if party is not UNSET:
            field_dict["party"] = party
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = InviteeRole(d.pop("role"))




        channel = InvitationChannel(d.pop("channel"))




        def _parse_person(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                person_type_0 = UUID(data)



                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        person = _parse_person(d.pop("person", UNSET))


        def _parse_party(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        party = _parse_party(d.pop("party", UNSET))


        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)



                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))


        invitee_in = cls(
            role=role,
            channel=channel,
            person=person,
            party=party,
            sent_at=sent_at,
        )

        return invitee_in

