from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.form_correction_in_data_class_type_0_item import FormCorrectionInDataClassType0Item
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="FormCorrectionIn")



@_attrs_define
class FormCorrectionIn:
    """ What the regulation's annex actually says; only the given fields change.

        Attributes:
            reason (str): E.g. the annex read.
            code (None | str | Unset):
            title (None | str | Unset):
            signers (list[str] | None | Unset):
            fields (list[str] | None | Unset):
            data_class (list[FormCorrectionInDataClassType0Item] | None | Unset):
            verified (bool | None | Unset):
     """

    reason: str
    code: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    signers: list[str] | None | Unset = UNSET
    fields: list[str] | None | Unset = UNSET
    data_class: list[FormCorrectionInDataClassType0Item] | None | Unset = UNSET
    verified: bool | None | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        signers: list[str] | None | Unset
        if isinstance(self.signers, Unset):
            signers = UNSET
        elif isinstance(self.signers, list):
            signers = self.signers


        else:
            signers = self.signers

        fields: list[str] | None | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = self.fields


        else:
            fields = self.fields

        data_class: list[str] | None | Unset
        if isinstance(self.data_class, Unset):
            data_class = UNSET
        elif isinstance(self.data_class, list):
            data_class = []
            for data_class_type_0_item_data in self.data_class:
                data_class_type_0_item = data_class_type_0_item_data.value
                data_class.append(data_class_type_0_item)


        else:
            data_class = self.data_class

        verified: bool | None | Unset
        if isinstance(self.verified, Unset):
            verified = UNSET
        else:
            verified = self.verified


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "reason": reason,
        })
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if signers is not UNSET:
            field_dict["signers"] = signers
        if fields is not UNSET:
            field_dict["fields"] = fields
        if data_class is not UNSET:
            field_dict["data_class"] = data_class
        if verified is not UNSET:
            field_dict["verified"] = verified

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason")

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))


        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))


        def _parse_signers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signers_type_0 = cast(list[str], data)

                return signers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        signers = _parse_signers(d.pop("signers", UNSET))


        def _parse_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fields_type_0 = cast(list[str], data)

                return fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        fields = _parse_fields(d.pop("fields", UNSET))


        def _parse_data_class(data: object) -> list[FormCorrectionInDataClassType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_class_type_0 = []
                _data_class_type_0 = data
                for data_class_type_0_item_data in (_data_class_type_0):
                    data_class_type_0_item = FormCorrectionInDataClassType0Item(data_class_type_0_item_data)



                    data_class_type_0.append(data_class_type_0_item)

                return data_class_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FormCorrectionInDataClassType0Item] | None | Unset, data)

        data_class = _parse_data_class(d.pop("data_class", UNSET))


        def _parse_verified(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        verified = _parse_verified(d.pop("verified", UNSET))


        form_correction_in = cls(
            reason=reason,
            code=code,
            title=title,
            signers=signers,
            fields=fields,
            data_class=data_class,
            verified=verified,
        )

        return form_correction_in

