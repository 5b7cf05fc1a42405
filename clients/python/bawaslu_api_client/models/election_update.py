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
  from ..models.stage_in import StageIn





T = TypeVar("T", bound="ElectionUpdate")



@_attrs_define
class ElectionUpdate:
    """ Fields to change; `stages` replaces the whole list. Slug and regime are fixed.

        Attributes:
            name (None | str | Unset):
            voting_day (datetime.date | None | Unset):
            stages (list[StageIn] | None | Unset):
            area_office_code (None | str | Unset):
            ruleset_version (None | str | Unset):
     """

    name: None | str | Unset = UNSET
    voting_day: datetime.date | None | Unset = UNSET
    stages: list[StageIn] | None | Unset = UNSET
    area_office_code: None | str | Unset = UNSET
    ruleset_version: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.stage_in import StageIn # noqa: PLC0415
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        voting_day: None | str | Unset
        if isinstance(self.voting_day, Unset):
            voting_day = UNSET
        elif isinstance(self.voting_day, datetime.date):
            voting_day = self.voting_day.isoformat()
        else:
            voting_day = self.voting_day

        stages: list[dict[str, Any]] | None | Unset
        if isinstance(self.stages, Unset):
            stages = UNSET
        elif isinstance(self.stages, list):
            stages = []
            for stages_type_0_item_data in self.stages:
                stages_type_0_item = stages_type_0_item_data.to_dict()
                stages.append(stages_type_0_item)


        else:
            stages = self.stages

        area_office_code: None | str | Unset
        if isinstance(self.area_office_code, Unset):
            area_office_code = UNSET
        else:
            area_office_code = self.area_office_code

        ruleset_version: None | str | Unset
        if isinstance(self.ruleset_version, Unset):
            ruleset_version = UNSET
        else:
            ruleset_version = self.ruleset_version


        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if name is not UNSET:
            field_dict["name"] = name
        if voting_day is not UNSET:
            field_dict["voting_day"] = voting_day
        if stages is not UNSET:
            field_dict["stages"] = stages
        if area_office_code is not UNSET:
            field_dict["area_office_code"] = area_office_code
        if ruleset_version is not UNSET:
            field_dict["ruleset_version"] = ruleset_version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_in import StageIn # noqa: PLC0415
        d = dict(src_dict)
        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))


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


        def _parse_stages(data: object) -> list[StageIn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                stages_type_0 = []
                _stages_type_0 = data
                for stages_type_0_item_data in (_stages_type_0):
                    stages_type_0_item = StageIn.from_dict(stages_type_0_item_data)



                    stages_type_0.append(stages_type_0_item)

                return stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StageIn] | None | Unset, data)

        stages = _parse_stages(d.pop("stages", UNSET))


        def _parse_area_office_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        area_office_code = _parse_area_office_code(d.pop("area_office_code", UNSET))


        def _parse_ruleset_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruleset_version = _parse_ruleset_version(d.pop("ruleset_version", UNSET))


        election_update = cls(
            name=name,
            voting_day=voting_day,
            stages=stages,
            area_office_code=area_office_code,
            ruleset_version=ruleset_version,
        )

        return election_update

