"""HTTP shapes of offices. Enum values are stable English ids; ``*_label`` is Indonesian."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from bawaslu_api.offices.models import Office, OfficeLevel

LEVEL_LABELS: dict[OfficeLevel, str] = {
    OfficeLevel.national: "Bawaslu Republik Indonesia",
    OfficeLevel.province: "Provinsi",
    OfficeLevel.regency: "Kabupaten",
    OfficeLevel.city: "Kota",
    OfficeLevel.district: "Kecamatan",
    OfficeLevel.village: "Kelurahan/Desa",
    OfficeLevel.polling_station: "TPS",
    OfficeLevel.overseas: "Luar Negeri",
}
"""Indonesian names of the levels, for display (the ``level`` value is the stable id)."""

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=3, max_length=200)]
RegisterCode = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, min_length=1, max_length=32, pattern=r"^[0-9A-Za-z.]+$"
    ),
]


class OfficeOut(BaseModel):
    """One supervisory office."""

    id: uuid.UUID
    code: str = Field(description="Kemendagri region code (`52.03`); `ID` for Bawaslu RI.")
    name: str
    level: OfficeLevel
    level_label: str = Field(description="Indonesian name of the level, e.g. `Kabupaten`.")
    parent_code: str | None = Field(description="Code of the parent office; null for `ID`.")
    timezone: str = Field(examples=["Asia/Makassar"])
    register_code: str = Field(
        description="Region segment of register numbers, assigned by Bawaslu (spec §7)."
    )
    path: str = Field(
        description="Codes from the root (`/ID/52/52.03/`): a subtree is a prefix.",
        examples=["/ID/52/52.03/"],
    )
    province_code: str | None
    version: int = Field(description='Bumped by every change; the ETag is `"<version>"`.')

    @classmethod
    def of(cls, office: Office, parent_code: str | None) -> OfficeOut:
        return cls(
            id=office.id,
            code=office.code,
            name=office.name,
            level=office.level,
            level_label=LEVEL_LABELS[office.level],
            parent_code=parent_code,
            timezone=office.timezone,
            register_code=office.register_code,
            path=office.path,
            province_code=office.province_code,
            version=office.version,
        )


class OfficePage(BaseModel):
    """One page of offices, ordered by code."""

    items: list[OfficeOut]
    next_cursor: str | None = Field(
        description="Pass as `cursor` to get the next page; null on the last page."
    )


class OfficeUpdate(BaseModel):
    """Editable fields of an office; send only those that change."""

    model_config = ConfigDict(extra="forbid")

    name: Name | None = None
    register_code: RegisterCode | None = None

    @model_validator(mode="after")
    def _something(self) -> OfficeUpdate:
        if self.name is None and self.register_code is None:
            raise ValueError("send name and/or register_code")
        return self


class OfficeCreate(BaseModel):
    """A new Panwaslu Kecamatan (under a kabupaten/kota) or Kelurahan/Desa (under a kecamatan).

    The level follows from the parent; the time zone is the parent's.
    """

    model_config = ConfigDict(extra="forbid")

    parent_code: str = Field(examples=["52.03"], max_length=32)
    code: str = Field(
        examples=["52.03.01"],
        max_length=32,
        description="The parent's code plus one segment: two digits for a kecamatan "
        "(`52.03.01`), four for a kelurahan/desa (`52.03.01.2001`), three for the supervisor of "
        "a polling station (Pengawas TPS, `52.03.01.2001.001`).",
    )
    name: Name = Field(examples=["Panwaslu Kecamatan Keruak"])
    register_code: RegisterCode | None = Field(
        None, description="Defaults to `code`.", examples=["52.03.01"]
    )
