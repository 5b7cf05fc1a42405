"""Integrations with other agencies' systems."""
