"""hearings (issue 13)."""
