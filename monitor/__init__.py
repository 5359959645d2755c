"""Watching: fetch sources, extract notices, detect changes, classify them, store events."""
