"""Alerting: subscriptions, routing stored events to them, delivery and digests."""
