"""deliberation (issue 13)."""
