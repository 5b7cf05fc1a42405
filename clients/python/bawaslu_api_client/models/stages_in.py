from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.date_window_in import DateWindowIn





T = TypeVar("T", bound="StagesIn")



@_attrs_define
class StagesIn:
    """ Stage dates of the election concerned.

        Attributes:
            candidates_set_on (datetime.date | None | Unset):
            voting_day (datetime.date | None | Unset):
            open_windows (list[DateWindowIn] | Unset): 24-hour reception days (quiet period, voting...).
     """

    candidates_set_on: datetime.date | None | Unset = UNSET
    voting_day: datetime.date | None | Unset = UNSET
    open_windows: list[DateWindowIn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.date_window_in import DateWindowIn # noqa: PLC0415
        candidates_set_on: None | str | Unset
        if isinstance(self.candidates_set_on, Unset):
            candidates_set_on = UNSET
        elif isinstance(self.candidates_set_on, datetime.date):
            candidates_set_on = self.candidates_set_on.isoformat()
        else:
            candidates_set_on = self.candidates_set_on

        voting_day: None | str | Unset
        if isinstance(self.voting_day, Unset):
            voting_day = UNSET
        elif isinstance(self.voting_day, datetime.date):
            voting_day = self.voting_day.isoformat()
        else:
            voting_day = self.voting_day

        open_windows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_windows, Unset):
            open_windows = []
            for open_windows_item_data in self.open_windows:
                open_windows_item = open_windows_item_data.to_dict()
                open_windows.append(open_windows_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
        })
        if candidates_set_on is not UNSET:
            field_dict["candidates_set_on"] = candidates_set_on
        if voting_day is not UNSET:
            field_dict["voting_day"] = voting_day
        if open_windows is not UNSET:
            field_dict["open_windows"] = open_windows

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.date_window_in import DateWindowIn # noqa: PLC0415
        d = dict(src_dict)
        def _parse_candidates_set_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                candidates_set_on_type_0 = datetime.date.fromisoformat(data)



                return candidates_set_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        candidates_set_on = _parse_candidates_set_on(d.pop("candidates_set_on", UNSET))


        def _parse_voting_day(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                voting_day_type_0 = datetime.date.fromisoformat(data)



                return voting_day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        voting_day = _parse_voting_day(d.pop("voting_day", UNSET))


        _open_windows = d.pop("open_windows", UNSET)
        open_windows: list[DateWindowIn] | Unset = UNSET
        if _open_windows is not UNSET:
            open_windows = []
            for open_windows_item_data in _open_windows:
                open_windows_item = DateWindowIn.from_dict(open_windows_item_data)



                open_windows.append(open_windows_item)


        stages_in = cls(
            candidates_set_on=candidates_set_on,
            voting_day=voting_day,
            open_windows=open_windows,
        )


        stages_in.additional_properties = d
        return stages_in

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
