"""Health responses."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Liveness(BaseModel):
    status: Literal["ok"] = "ok"
    version: str


class MigrationState(BaseModel):
    current: list[str] = Field(description="Revision(s) the database is at.")
    head: list[str] = Field(description="Revision(s) this build expects.")


class Readiness(BaseModel):
    status: Literal["ready"] = "ready"
    database: Literal["ok"] = "ok"
    migrations: MigrationState
