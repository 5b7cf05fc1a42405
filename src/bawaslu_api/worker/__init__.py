"""The background worker: webhook deliveries and the deadline monitor."""
