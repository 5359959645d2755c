"""Fixtures shared by the test files: the Slack API stand-in and a real SMTP server."""

pytest_plugins = ["tests.slack_standin", "tests.smtp_server"]
