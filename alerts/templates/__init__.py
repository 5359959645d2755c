"""Jinja2 templates for email and console messages (package data, read via PackageLoader)."""
