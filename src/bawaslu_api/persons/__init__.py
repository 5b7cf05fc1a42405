"""persons (issue 13)."""
