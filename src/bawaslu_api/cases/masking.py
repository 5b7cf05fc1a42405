"""Masking of personal data (NIK, address, phone, e-mail, names): the one way every
presenter of a case's people (the reporter, witnesses, experts) hides them. Revealing the
unmasked values is an action with a reason, on the access log and the timeline."""

from __future__ import annotations


def mask(value: str, *, keep_start: int = 0, keep_end: int = 0) -> str:
    """``3201********0001``: keep a few characters so staff can tell records apart."""
    if not value:
        return ""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    return (
        value[:keep_start]
        + "*" * (len(value) - keep_start - keep_end)
        + value[len(value) - keep_end :]
    )


def mask_name(name: str) -> str:
    """``S*** A*****``: each word keeps its first letter (a one-letter word is hidden).
    :func:`mask` with ``keep_start=1`` per word, spelled out: lists mask 50 names a page."""
    return " ".join(
        "*" if len(part) == 1 else part[0] + "*" * (len(part) - 1) for part in name.split()
    )


def mask_address(address: str) -> str:
    """Every character hidden (its length stays visible)."""
    return mask(address, keep_start=0)


def mask_phone(phone: str) -> str:
    """The last three digits stay visible."""
    return mask(phone, keep_end=3)


def mask_email(email: str) -> str:
    """``s***@example.org``: the first letter and the domain stay visible."""
    parts = email.split("@")
    return mask(parts[0], keep_start=1) + ("@" + parts[1] if len(parts) > 1 else "")
