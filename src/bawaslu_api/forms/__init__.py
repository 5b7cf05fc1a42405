"""The official forms registry as the service serves it, with operator corrections."""
