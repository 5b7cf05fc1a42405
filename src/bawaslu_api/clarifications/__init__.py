"""clarifications (issue 13)."""
