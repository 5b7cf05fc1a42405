from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.analysis_out import AnalysisOut





T = TypeVar("T", bound="AnalysisHistory")



@_attrs_define
class AnalysisHistory:
    """ 
        Attributes:
            current (AnalysisOut | None): The version not superseded, if any.
            versions (list[AnalysisOut]): Every version, oldest first.
     """

    current: AnalysisOut | None
    versions: list[AnalysisOut]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_out import AnalysisOut # noqa: PLC0415
        current: dict[str, Any] | None
        if isinstance(self.current, AnalysisOut):
            current = self.current.to_dict()
        else:
            current = self.current

        versions = []
        for versions_item_data in self.versions:
            versions_item = versions_item_data.to_dict()
            versions.append(versions_item)




        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "current": current,
            "versions": versions,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_out import AnalysisOut # noqa: PLC0415
        d = dict(src_dict)
        def _parse_current(data: object) -> AnalysisOut | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_type_0 = AnalysisOut.from_dict(data)



                return current_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisOut | None, data)

        current = _parse_current(d.pop("current"))


        versions = []
        _versions = d.pop("versions")
        for versions_item_data in (_versions):
            versions_item = AnalysisOut.from_dict(versions_item_data)



            versions.append(versions_item)


        analysis_history = cls(
            current=current,
            versions=versions,
        )


        analysis_history.additional_properties = d
        return analysis_history

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
