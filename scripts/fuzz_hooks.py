"""Schemathesis hooks of `make fuzz` (scripts/fuzz.py loads them with SCHEMATHESIS_HOOKS).

tus parts (`application/offset+octet-stream`: the evidence uploads' `PATCH` and a creation
with upload) are raw bytes, sent as schemathesis sends `application/octet-stream`.
"""

import schemathesis

schemathesis.serializer.alias("application/offset+octet-stream", "application/octet-stream")
