"""Statistics of an office's cases and the open data (docs/statistics.md)."""
