"""Related cases: links between reports and findings about the same event (issue 13)."""
