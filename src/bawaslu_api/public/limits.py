"""The per-reporter limit of online filing (policy ``public_filing_reporter``).

Citizens behind a mobile carrier's NAT share one address, so the per-address policy of
filing (``public_filing``) is generous; the tight limit follows the reporter instead: each
NIK, phone number and e-mail address a filing names is counted, under a keyed hash (the
counters never hold them in clear). A filing that names none of them is counted per
address under the reporter's policy, as every filing was before (docs/security.md).
"""

from __future__ import annotations

import hashlib
import hmac
import re

from fastapi import Request

from bawaslu_api.public.schemas import PublicReportIn
from bawaslu_api.ratelimit.service import client_address, limit
from bawaslu_api.security.keyfiles import key_material

KEY_FILE = "rate-limit.key"
_NOT_DIGIT = re.compile(r"\D")


def identifiers(body: PublicReportIn) -> list[str]:
    """The reporter's NIK, phone and e-mail as given, normalised (``kind:value``)."""
    reporter = body.reporter
    found = []
    nik = _NOT_DIGIT.sub("", reporter.nik)
    if len(nik) == 16:
        found.append(f"nik:{nik}")
    phone = _NOT_DIGIT.sub("", reporter.phone)
    if phone.startswith("62"):
        phone = "0" + phone[2:]
    if len(phone) >= 8:
        found.append(f"phone:{phone}")
    email = reporter.email.strip().lower()
    if "@" in email:
        found.append(f"email:{email}")
    return found


async def limit_reporter(request: Request, body: PublicReportIn) -> None:
    """Count this filing against each identifier of its reporter; 429 past the policy."""
    settings = request.app.state.settings
    found = identifiers(body)
    if not found:
        address = client_address(request, settings.trusted_proxies)
        await limit(request, "public_filing_reporter", f"address:{address}")
        return
    secret = key_material(settings.rate_limit_secret, settings.data_dir / KEY_FILE)
    for identifier in found:
        digest = hmac.new(secret, identifier.encode(), hashlib.sha256).hexdigest()[:40]
        await limit(request, "public_filing_reporter", digest)
