from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.invitation_channel import InvitationChannel
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="InvitationOut")



@_attrs_define
class InvitationOut:
    """ 
        Attributes:
            form (None | str): `B.9` under Pemilu; null where the form was not read.
            channel (InvitationChannel): Perbawaslu 7/2022 Art. 29(2).
            sent_at (datetime.datetime):
            received_at (datetime.datetime | None):
            received_by (None | str):
            receipt_evidence_id (None | UUID):
     """

    form: None | str
    channel: InvitationChannel
    sent_at: datetime.datetime
    received_at: datetime.datetime | None
    received_by: None | str
    receipt_evidence_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        form: None | str
        form = self.form

        channel = self.channel.value

        sent_at = self.sent_at.isoformat()

        received_at: None | str
        if isinstance(self.received_at, datetime.datetime):
            received_at = self.received_at.isoformat()
        else:
            received_at = self.received_at

        received_by: None | str
        received_by = self.received_by

        receipt_evidence_id: None | str
        if isinstance(self.receipt_evidence_id, UUID):
            receipt_evidence_id = str(self.receipt_evidence_id)
        else:
            receipt_evidence_id = self.receipt_evidence_id


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "form": form,
            "channel": channel,
            "sent_at": sent_at,
            "received_at": received_at,
            "received_by": received_by,
            "receipt_evidence_id": receipt_evidence_id,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_form(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        form = _parse_form(d.pop("form"))


        channel = InvitationChannel(d.pop("channel"))




        sent_at = datetime.datetime.fromisoformat(d.pop("sent_at"))




        def _parse_received_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                received_at_type_0 = datetime.datetime.fromisoformat(data)



                return received_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        received_at = _parse_received_at(d.pop("received_at"))


        def _parse_received_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        received_by = _parse_received_by(d.pop("received_by"))


        def _parse_receipt_evidence_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                receipt_evidence_id_type_0 = UUID(data)



                return receipt_evidence_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        receipt_evidence_id = _parse_receipt_evidence_id(d.pop("receipt_evidence_id"))


        invitation_out = cls(
            form=form,
            channel=channel,
            sent_at=sent_at,
            received_at=received_at,
            received_by=received_by,
            receipt_evidence_id=receipt_evidence_id,
        )


        invitation_out.additional_properties = d
        return invitation_out

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
