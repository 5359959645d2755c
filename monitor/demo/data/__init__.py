"""The demo's bundled sample pages, feed, API answers, sources and timeline (package data)."""
