from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.regime import Regime
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.stage_in import StageIn





T = TypeVar("T", bound="ElectionCreate")



@_attrs_define
class ElectionCreate:
    """ A new election. Stages must include `voting`, on exactly the voting day.

        Attributes:
            slug (str):
            regime (Regime): The two legal regimes (docs/legal/rules.md §1).
            name (str):
            voting_day (datetime.date):
            stages (list[StageIn]):
            area_office_code (str | Unset):  Default: 'ID'.
            ruleset_version (None | str | Unset): Default: the regime's ruleset in force on the voting day.
     """

    slug: str
    regime: Regime
    name: str
    voting_day: datetime.date
    stages: list[StageIn]
    area_office_code: str | Unset = 'ID'
    ruleset_version: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        from ..models.stage_in import StageIn # noqa: PLC0415
        slug = self.slug

        regime = self.regime.value

        name = self.name

        voting_day = self.voting_day.isoformat()

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)



        area_office_code = self.area_office_code

        ruleset_version: None | str | Unset
        if isinstance(self.ruleset_version, Unset):
            ruleset_version = UNSET
        else:
            ruleset_version = self.ruleset_version


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "slug": slug,
            "regime": regime,
            "name": name,
            "voting_day": voting_day,
            "stages": stages,
        })
        if area_office_code is not UNSET:
            field_dict["area_office_code"] = area_office_code
        if ruleset_version is not UNSET:
            field_dict["ruleset_version"] = ruleset_version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_in import StageIn # noqa: PLC0415
        d = dict(src_dict)
        slug = d.pop("slug")

        regime = Regime(d.pop("regime"))




        name = d.pop("name")

        voting_day = datetime.date.fromisoformat(d.pop("voting_day"))




        stages = []
        _stages = d.pop("stages")
        for stages_item_data in (_stages):
            stages_item = StageIn.from_dict(stages_item_data)



            stages.append(stages_item)


        area_office_code = d.pop("area_office_code", UNSET)

        def _parse_ruleset_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ruleset_version = _parse_ruleset_version(d.pop("ruleset_version", UNSET))


        election_create = cls(
            slug=slug,
            regime=regime,
            name=name,
            voting_day=voting_day,
            stages=stages,
            area_office_code=area_office_code,
            ruleset_version=ruleset_version,
        )

        return election_create

