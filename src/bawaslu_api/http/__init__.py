"""HTTP conventions shared by every route: request ids, security headers, ETags."""
