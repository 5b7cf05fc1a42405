"""Refresh tokens (hashed, rotated in families) and the append-only auth event log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from bawaslu_api.db.base import Base, UUIDPrimaryKey


class RefreshToken(UUIDPrimaryKey, Base):
    """One refresh token, stored as the SHA-256 of the opaque string handed out.

    Every rotation adds a row to the same ``family_id``; presenting a revoked member of a
    family (a stolen, already-used token) revokes the whole family.
    """

    __tablename__ = "refresh_token"

    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    family_id: Mapped[uuid.UUID] = mapped_column(index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff_user.id", ondelete="CASCADE"), index=True
    )
    scope: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_reason: Mapped[str | None] = mapped_column(String(32))


class AuthEvent(UUIDPrimaryKey, Base):
    """Who did what to which account, client or key, and when. Append-only."""

    __tablename__ = "auth_event"
    __table_args__ = (Index("ix_auth_event_subject_at", "subject", "at"),)

    at: Mapped[datetime] = mapped_column(server_default=func.now(), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(48))
    subject: Mapped[str] = mapped_column(String(200))
    details: Mapped[dict[str, Any]] = mapped_column(JSONB, default=dict)


class SigningKeyRecord(Base):
    """A token signing key (RSA, PKCS#8 PEM), shared by every API host. The private key is
    sealed with the data keys (``security/sealing.py``), bound to its ``kid``; the newest
    key signs, every one verifies (``security/signing_keys.py``)."""

    __tablename__ = "signing_key"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    private_key_sealed: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
