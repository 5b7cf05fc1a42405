"""Elections: regime, voting day, stage windows and the ruleset version in force."""

from __future__ import annotations

import enum
import uuid
from datetime import date
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, Timestamps, UUIDPrimaryKey, str_enum


class Regime(enum.StrEnum):
    """The two legal regimes (docs/legal/rules.md §1)."""

    pemilu = "pemilu"
    pemilihan = "pemilihan"


class Election(UUIDPrimaryKey, Timestamps, Base):
    """An election. ``stages`` holds the windows rules need (see ``schemas.StageWindow``)."""

    __tablename__ = "election"

    slug: Mapped[str] = mapped_column(String(64), unique=True)
    regime: Mapped[Regime] = mapped_column(str_enum(Regime, "regime"))
    name: Mapped[str] = mapped_column(String(200))
    voting_day: Mapped[date]
    stages: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, default=list)
    area_office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("office.id"), index=True)
    ruleset_version: Mapped[str] = mapped_column(String(64))
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}
