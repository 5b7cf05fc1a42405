"""Outgoing webhooks: subscriptions, the outbox, signed deliveries."""
