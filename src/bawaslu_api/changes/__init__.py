"""The changes feed of a jurisdiction, for offline (mobile) clients: ``GET /v1/changes``."""
