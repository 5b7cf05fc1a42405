"""Supervisory offices: Bawaslu RI down to Panwaslu Kelurahan/Desa (docs/legal/rules.md §6)."""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey, str_enum


class OfficeLevel(enum.StrEnum):
    """Levels of the supervisory hierarchy (docs/legal/rules.md §6)."""

    national = "national"
    province = "province"
    regency = "regency"  # kabupaten
    city = "city"  # kota
    district = "district"  # kecamatan (Panwaslu Kecamatan)
    village = "village"  # kelurahan/desa (Panwaslu Kelurahan/Desa)
    polling_station = "polling_station"  # TPS (Pengawas TPS): a receiving point
    overseas = "overseas"  # Panwaslu LN


class Office(UUIDPrimaryKey, Timestamps, Base):
    """One office. ``path`` lists the codes from the root, so a subtree is a prefix match."""

    __tablename__ = "office"
    __table_args__ = (
        CheckConstraint(
            "timezone IN ('Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura')", name="timezone"
        ),
        Index("ix_office_path_prefix", "path", postgresql_ops={"path": "text_pattern_ops"}),
    )

    code: Mapped[str] = mapped_column(String(32), unique=True)
    level: Mapped[OfficeLevel] = mapped_column(str_enum(OfficeLevel, "office_level"))
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    timezone: Mapped[str] = mapped_column(String(32))
    register_code: Mapped[str] = mapped_column(String(32))
    path: Mapped[str] = mapped_column(String(512), unique=True)
    province_code: Mapped[str | None] = mapped_column(String(2))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
