"""Conditional requests on versioned resources: ETags and ``If-Match`` (RFC 9110 13.1.1).

Every versioned resource (office, election, report) has an integer ``version``; its ETag is
``"<version>"``. Writes compare ``If-Match`` with it and answer 412 when it is stale.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Annotated

from fastapi import Depends, Header

from bawaslu_api.errors import DomainError, PreconditionFailed
from bawaslu_api.i18n import Text


class PreconditionRequired(DomainError):
    """A write to a versioned resource came without ``If-Match`` (RFC 6585)."""

    status = 428
    code = "precondition_required"
    title = Text("Header If-Match wajib disertakan", "The If-Match header is required")


def etag(version: int) -> str:
    """The strong ETag of a versioned resource."""
    return f'"{version}"'


def parse_if_match(value: str) -> Collection[int] | None:
    """The versions an ``If-Match`` value accepts; None for ``*``. A tag that is not one of
    ours matches no version."""
    if value.strip() == "*":
        return None
    versions: set[int] = set()
    for tag in value.split(","):
        opaque = tag.strip().removeprefix("W/").strip('"')
        if opaque.isdigit():
            versions.add(int(opaque))
    return versions


def if_match_versions(
    if_match: Annotated[
        str | None,
        Header(
            alias="If-Match",
            description='The ETag you last read, e.g. `"3"`. Required; `*` skips the check.',
        ),
    ] = None,
) -> Collection[int] | None:
    """The versions ``If-Match`` accepts (None for ``*``); 428 when the header is missing."""
    if if_match is None or not if_match.strip():
        raise PreconditionRequired(
            Text(
                'Kirim If-Match berisi ETag terakhir yang Anda baca, misalnya "3".',
                'Send If-Match with the ETag you last read, e.g. "3".',
            )
        )
    return parse_if_match(if_match)


IfMatchRequired = Annotated[Collection[int] | None, Depends(if_match_versions)]
IfMatchOptional = Annotated[
    str | None,
    Header(alias="If-Match", description="ETag of the version you act on (412 if stale)."),
]

PRECONDITION_ERRORS = (PreconditionFailed, PreconditionRequired)
