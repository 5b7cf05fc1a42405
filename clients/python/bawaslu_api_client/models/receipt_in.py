from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime






T = TypeVar("T", bound="ReceiptIn")



@_attrs_define
class ReceiptIn:
    """ Proof that the invitation reached the person (Art. 29(1): receipt is ensured).

        Attributes:
            invitee (UUID): The invitee's id in the session.
            received_at (datetime.datetime):
            received_by (str): Who received it (the person or on their behalf).
            evidence (None | Unset | UUID): An evidence item of the case proving it (e.g. the signed receipt).
     """

    invitee: UUID
    received_at: datetime.datetime
    received_by: str
    evidence: None | Unset | UUID = UNSET





    def to_dict(self) -> dict[str, Any]:
        invitee = str(self.invitee)

        received_at = self.received_at.isoformat()

        received_by = self.received_by

        evidence: None | str | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, UUID):
            evidence = str(self.evidence)
        else:
            evidence = self.evidence


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "invitee": invitee,
            "received_at": received_at,
            "received_by": received_by,
        })
        if evidence is not UNSET:
            field_dict["evidence"] = evidence

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        invitee = UUID(d.pop("invitee"))




        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))




        received_by = d.pop("received_by")

        def _parse_evidence(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                evidence_type_0 = UUID(data)



                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))


        receipt_in = cls(
            invitee=invitee,
            received_at=received_at,
            received_by=received_by,
            evidence=evidence,
        )

        return receipt_in

