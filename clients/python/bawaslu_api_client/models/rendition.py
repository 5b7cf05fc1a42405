from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rendition_format import RenditionFormat






T = TypeVar("T", bound="Rendition")



@_attrs_define
class Rendition:
    """ 
        Attributes:
            format_ (RenditionFormat):
            media_type (str):
            sha256 (str):
            size (int):
            href (str):
     """

    format_: RenditionFormat
    media_type: str
    sha256: str
    size: int
    href: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        format_ = self.format_.value

        media_type = self.media_type

        sha256 = self.sha256

        size = self.size

        href = self.href


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "format": format_,
            "media_type": media_type,
            "sha256": sha256,
            "size": size,
            "href": href,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        format_ = RenditionFormat(d.pop("format"))




        media_type = d.pop("media_type")

        sha256 = d.pop("sha256")

        size = d.pop("size")

        href = d.pop("href")

        rendition = cls(
            format_=format_,
            media_type=media_type,
            sha256=sha256,
            size=size,
            href=href,
        )


        rendition.additional_properties = d
        return rendition

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
