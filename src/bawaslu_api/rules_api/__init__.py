"""Rules as a service: the bawaslu_rules engine over HTTP, for frontends."""
