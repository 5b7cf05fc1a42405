"""What the queued exports answer."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field


class ExportOut(BaseModel):
    """A queued export: poll until `status` is `done`, then read `content` (your own
    exports only, for 7 days)."""

    id: uuid.UUID
    format: Literal["csv", "xlsx"]
    status: Literal["queued", "done", "failed", "expired"]
    filters: dict[str, Any]
    row_count: int | None = None
    size: int | None = Field(None, description="Bytes of the file, once written.")
    error: str | None = None
    started_at: datetime
    finished_at: datetime | None = None
    content: str | None = Field(None, description="Where to read the file, once done.")
