from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.regime import Regime
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.stage_out import StageOut





T = TypeVar("T", bound="ElectionOut")



@_attrs_define
class ElectionOut:
    """ An election with the stage windows the rules need.

        Attributes:
            id (UUID):
            slug (str):
            name (str):
            regime (Regime): The two legal regimes (docs/legal/rules.md §1).
            regime_label (str):
            voting_day (datetime.date):
            stages (list[StageOut]):
            area_office_code (str): Office whose area holds the election (`ID`).
            ruleset_version (str): bawaslu_rules ruleset version of the regime.
            version (int): Bumped by every change; the ETag is `"<version>"`.
     """

    id: UUID
    slug: str
    name: str
    regime: Regime
    regime_label: str
    voting_day: datetime.date
    stages: list[StageOut]
    area_office_code: str
    ruleset_version: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.stage_out import StageOut # noqa: PLC0415
        id = str(self.id)

        slug = self.slug

        name = self.name

        regime = self.regime.value

        regime_label = self.regime_label

        voting_day = self.voting_day.isoformat()

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)



        area_office_code = self.area_office_code

        ruleset_version = self.ruleset_version

        version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "slug": slug,
            "name": name,
            "regime": regime,
            "regime_label": regime_label,
            "voting_day": voting_day,
            "stages": stages,
            "area_office_code": area_office_code,
            "ruleset_version": ruleset_version,
            "version": version,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stage_out import StageOut # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))




        slug = d.pop("slug")

        name = d.pop("name")

        regime = Regime(d.pop("regime"))




        regime_label = d.pop("regime_label")

        voting_day = datetime.date.fromisoformat(d.pop("voting_day"))




        stages = []
        _stages = d.pop("stages")
        for stages_item_data in (_stages):
            stages_item = StageOut.from_dict(stages_item_data)



            stages.append(stages_item)


        area_office_code = d.pop("area_office_code")

        ruleset_version = d.pop("ruleset_version")

        version = d.pop("version")

        election_out = cls(
            id=id,
            slug=slug,
            name=name,
            regime=regime,
            regime_label=regime_label,
            voting_day=voting_day,
            stages=stages,
            area_office_code=area_office_code,
            ruleset_version=ruleset_version,
            version=version,
        )


        election_out.additional_properties = d
        return election_out

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
