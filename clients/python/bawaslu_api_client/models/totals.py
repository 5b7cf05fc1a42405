from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="Totals")



@_attrs_define
class Totals:
    """ 
        Attributes:
            received (int): Cases received (reports and findings).
            registered (int): Of those, registered (any later status too).
            under_initial_review (int): Not yet settled: status received or completion_requested.
            settled (int): received - under_initial_review.
            registration_rate (float | None): registered / settled (null when nothing is settled).
            decided (int): Cases with a decision (status decided or forwarded).
            open_ (int): Not in a final status: received, completion_requested, registered.
     """

    received: int
    registered: int
    under_initial_review: int
    settled: int
    registration_rate: float | None
    decided: int
    open_: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        received = self.received

        registered = self.registered

        under_initial_review = self.under_initial_review

        settled = self.settled

        registration_rate: float | None
        registration_rate = self.registration_rate

        decided = self.decided

        open_ = self.open_


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "received": received,
            "registered": registered,
            "under_initial_review": under_initial_review,
            "settled": settled,
            "registration_rate": registration_rate,
            "decided": decided,
            "open": open_,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        received = d.pop("received")

        registered = d.pop("registered")

        under_initial_review = d.pop("under_initial_review")

        settled = d.pop("settled")

        def _parse_registration_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        registration_rate = _parse_registration_rate(d.pop("registration_rate"))


        decided = d.pop("decided")

        open_ = d.pop("open")

        totals = cls(
            received=received,
            registered=registered,
            under_initial_review=under_initial_review,
            settled=settled,
            registration_rate=registration_rate,
            decided=decided,
            open_=open_,
        )


        totals.additional_properties = d
        return totals

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
