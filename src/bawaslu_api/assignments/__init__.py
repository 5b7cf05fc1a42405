"""assignments (issue 13)."""
