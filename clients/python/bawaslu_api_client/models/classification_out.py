from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.classification_out_regime import ClassificationOutRegime
from ..models.confidence import Confidence
from typing import cast

if TYPE_CHECKING:
  from ..models.rules_stage_out import RulesStageOut
  from ..models.stage_window_out import StageWindowOut
  from ..models.subject_out import SubjectOut





T = TypeVar("T", bound="ClassificationOut")



@_attrs_define
class ClassificationOut:
    """ 
        Attributes:
            regime (ClassificationOutRegime):
            election (None | str): The election whose calendar is shown.
            stages (list[RulesStageOut]): Every stage code, in election order.
            calendar (list[StageWindowOut]): The election's stage windows (empty without `election`).
            derivation (str): How a case's stage is derived from its incident date when no officer set it.
            subjects (list[SubjectOut]):
            subjects_source (str): What the grouping of subjects rests on.
            subjects_confidence (Confidence): How sure we are of a rule (spec, preamble).
     """

    regime: ClassificationOutRegime
    election: None | str
    stages: list[RulesStageOut]
    calendar: list[StageWindowOut]
    derivation: str
    subjects: list[SubjectOut]
    subjects_source: str
    subjects_confidence: Confidence
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.rules_stage_out import RulesStageOut # noqa: PLC0415
        from ..models.stage_window_out import StageWindowOut # noqa: PLC0415
        from ..models.subject_out import SubjectOut # noqa: PLC0415
        regime = self.regime.value

        election: None | str
        election = self.election

        stages = []
        for stages_item_data in self.stages:
            stages_item = stages_item_data.to_dict()
            stages.append(stages_item)



        calendar = []
        for calendar_item_data in self.calendar:
            calendar_item = calendar_item_data.to_dict()
            calendar.append(calendar_item)



        derivation = self.derivation

        subjects = []
        for subjects_item_data in self.subjects:
            subjects_item = subjects_item_data.to_dict()
            subjects.append(subjects_item)



        subjects_source = self.subjects_source

        subjects_confidence = self.subjects_confidence.value


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "regime": regime,
            "election": election,
            "stages": stages,
            "calendar": calendar,
            "derivation": derivation,
            "subjects": subjects,
            "subjects_source": subjects_source,
            "subjects_confidence": subjects_confidence,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.rules_stage_out import RulesStageOut # noqa: PLC0415
        from ..models.stage_window_out import StageWindowOut # noqa: PLC0415
        from ..models.subject_out import SubjectOut # noqa: PLC0415
        d = dict(src_dict)
        regime = ClassificationOutRegime(d.pop("regime"))




        def _parse_election(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        election = _parse_election(d.pop("election"))


        stages = []
        _stages = d.pop("stages")
        for stages_item_data in (_stages):
            stages_item = RulesStageOut.from_dict(stages_item_data)



            stages.append(stages_item)


        calendar = []
        _calendar = d.pop("calendar")
        for calendar_item_data in (_calendar):
            calendar_item = StageWindowOut.from_dict(calendar_item_data)



            calendar.append(calendar_item)


        derivation = d.pop("derivation")

        subjects = []
        _subjects = d.pop("subjects")
        for subjects_item_data in (_subjects):
            subjects_item = SubjectOut.from_dict(subjects_item_data)



            subjects.append(subjects_item)


        subjects_source = d.pop("subjects_source")

        subjects_confidence = Confidence(d.pop("subjects_confidence"))




        classification_out = cls(
            regime=regime,
            election=election,
            stages=stages,
            calendar=calendar,
            derivation=derivation,
            subjects=subjects,
            subjects_source=subjects_source,
            subjects_confidence=subjects_confidence,
        )


        classification_out.additional_properties = d
        return classification_out

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
