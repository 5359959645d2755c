"""Settings for the whole test run."""

from __future__ import annotations

import os

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_table_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The classifier's table cache in a directory of this run, never the user's own: the
    commands the tests start share it, and the tests leave nothing behind."""
    os.environ["POLICYWATCH_CACHE_DIR"] = str(tmp_path_factory.mktemp("table-cache"))
