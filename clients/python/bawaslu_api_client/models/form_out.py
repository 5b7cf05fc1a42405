from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.form_out_confidence import FormOutConfidence
from ..models.form_out_data_class_item import FormOutDataClassItem
from ..models.form_out_regime import FormOutRegime
from typing import cast

if TYPE_CHECKING:
  from ..models.form_correction_out import FormCorrectionOut





T = TypeVar("T", bound="FormOut")



@_attrs_define
class FormOut:
    """ An official form: the engine's entry with this deployment's correction applied.

        Attributes:
            regime (FormOutRegime):
            kind (str): The document (stable); its `code` may be corrected.
            regulation (str):
            code (str):
            title (str):
            when (str): When in the procedure it is issued.
            signers (list[str]):
            fields (list[str]):
            data_class (list[FormOutDataClassItem]): `personal`: never public; `confidential`: for those who work the case.
            basis (str):
            confidence (FormOutConfidence):
            verified (bool): False: the code or fields were not read in the annex.
            note (str):
            correction (FormCorrectionOut | None): The operator's correction in force (null: the engine's entry as is).
     """

    regime: FormOutRegime
    kind: str
    regulation: str
    code: str
    title: str
    when: str
    signers: list[str]
    fields: list[str]
    data_class: list[FormOutDataClassItem]
    basis: str
    confidence: FormOutConfidence
    verified: bool
    note: str
    correction: FormCorrectionOut | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.form_correction_out import FormCorrectionOut # noqa: PLC0415
        regime = self.regime.value

        kind = self.kind

        regulation = self.regulation

        code = self.code

        title = self.title

        when = self.when

        signers = self.signers



        fields = self.fields



        data_class = []
        for data_class_item_data in self.data_class:
            data_class_item = data_class_item_data.value
            data_class.append(data_class_item)



        basis = self.basis

        confidence = self.confidence.value

        verified = self.verified

        note = self.note

        correction: dict[str, Any] | None
        if isinstance(self.correction, FormCorrectionOut):
            correction = self.correction.to_dict()
        else:
            correction = self.correction


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "regime": regime,
            "kind": kind,
            "regulation": regulation,
            "code": code,
            "title": title,
            "when": when,
            "signers": signers,
            "fields": fields,
            "data_class": data_class,
            "basis": basis,
            "confidence": confidence,
            "verified": verified,
            "note": note,
            "correction": correction,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.form_correction_out import FormCorrectionOut # noqa: PLC0415
        d = dict(src_dict)
        regime = FormOutRegime(d.pop("regime"))




        kind = d.pop("kind")

        regulation = d.pop("regulation")

        code = d.pop("code")

        title = d.pop("title")

        when = d.pop("when")

        signers = cast(list[str], d.pop("signers"))


        fields = cast(list[str], d.pop("fields"))


        data_class = []
        _data_class = d.pop("data_class")
        for data_class_item_data in (_data_class):
            data_class_item = FormOutDataClassItem(data_class_item_data)



            data_class.append(data_class_item)


        basis = d.pop("basis")

        confidence = FormOutConfidence(d.pop("confidence"))




        verified = d.pop("verified")

        note = d.pop("note")

        def _parse_correction(data: object) -> FormCorrectionOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                correction_type_0 = FormCorrectionOut.from_dict(data)



                return correction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FormCorrectionOut | None, data)

        correction = _parse_correction(d.pop("correction"))


        form_out = cls(
            regime=regime,
            kind=kind,
            regulation=regulation,
            code=code,
            title=title,
            when=when,
            signers=signers,
            fields=fields,
            data_class=data_class,
            basis=basis,
            confidence=confidence,
            verified=verified,
            note=note,
            correction=correction,
        )


        form_out.additional_properties = d
        return form_out

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
