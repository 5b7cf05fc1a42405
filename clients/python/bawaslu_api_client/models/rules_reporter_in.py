from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.reporter_category import ReporterCategory
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RulesReporterIn")



@_attrs_define
class RulesReporterIn:
    """ The reporter (pelapor) and the facts that decide their standing.

        Attributes:
            category (ReporterCategory): Who files the report (pelapor).
            name (None | str | Unset):
            address (None | str | Unset):
            nik (None | str | Unset):
            age (int | None | Unset): Age on the day received.
            birth_date (datetime.date | None | Unset): Decides the age on voting day exactly (UU 7/2017 Art. 198(1)).
            married (bool | None | Unset):
            registered_voter (bool | None | Unset):
            accredited (bool | None | Unset):
            power_of_attorney (bool | None | Unset):
     """

    category: ReporterCategory
    name: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    nik: None | str | Unset = UNSET
    age: int | None | Unset = UNSET
    birth_date: datetime.date | None | Unset = UNSET
    married: bool | None | Unset = UNSET
    registered_voter: bool | None | Unset = UNSET
    accredited: bool | None | Unset = UNSET
    power_of_attorney: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        category = self.category.value

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        nik: None | str | Unset
        if isinstance(self.nik, Unset):
            nik = UNSET
        else:
            nik = self.nik

        age: int | None | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        birth_date: None | str | Unset
        if isinstance(self.birth_date, Unset):
            birth_date = UNSET
        elif isinstance(self.birth_date, datetime.date):
            birth_date = self.birth_date.isoformat()
        else:
            birth_date = self.birth_date

        married: bool | None | Unset
        if isinstance(self.married, Unset):
            married = UNSET
        else:
            married = self.married

        registered_voter: bool | None | Unset
        if isinstance(self.registered_voter, Unset):
            registered_voter = UNSET
        else:
            registered_voter = self.registered_voter

        accredited: bool | None | Unset
        if isinstance(self.accredited, Unset):
            accredited = UNSET
        else:
            accredited = self.accredited

        power_of_attorney: bool | None | Unset
        if isinstance(self.power_of_attorney, Unset):
            power_of_attorney = UNSET
        else:
            power_of_attorney = self.power_of_attorney


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "category": category,
        })
        if name is not UNSET:
            field_dict["name"] = name
        if address is not UNSET:
            field_dict["address"] = address
        if nik is not UNSET:
            field_dict["nik"] = nik
        if age is not UNSET:
            field_dict["age"] = age
        if birth_date is not UNSET:
            field_dict["birth_date"] = birth_date
        if married is not UNSET:
            field_dict["married"] = married
        if registered_voter is not UNSET:
            field_dict["registered_voter"] = registered_voter
        if accredited is not UNSET:
            field_dict["accredited"] = accredited
        if power_of_attorney is not UNSET:
            field_dict["power_of_attorney"] = power_of_attorney

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        category = ReporterCategory(d.pop("category"))




        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))


        def _parse_nik(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nik = _parse_nik(d.pop("nik", UNSET))


        def _parse_age(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        age = _parse_age(d.pop("age", UNSET))


        def _parse_birth_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birth_date_type_0 = datetime.date.fromisoformat(data)



                return birth_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birth_date = _parse_birth_date(d.pop("birth_date", UNSET))


        def _parse_married(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        married = _parse_married(d.pop("married", UNSET))


        def _parse_registered_voter(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        registered_voter = _parse_registered_voter(d.pop("registered_voter", UNSET))


        def _parse_accredited(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        accredited = _parse_accredited(d.pop("accredited", UNSET))


        def _parse_power_of_attorney(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        power_of_attorney = _parse_power_of_attorney(d.pop("power_of_attorney", UNSET))


        rules_reporter_in = cls(
            category=category,
            name=name,
            address=address,
            nik=nik,
            age=age,
            birth_date=birth_date,
            married=married,
            registered_voter=registered_voter,
            accredited=accredited,
            power_of_attorney=power_of_attorney,
        )


        rules_reporter_in.additional_properties = d
        return rules_reporter_in

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
