"""Shared fixtures: the ../shared folder beside the repo, skipped with a reason when absent (never in CI)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"
SEED = SHARED / "seed" / "aawsat-2020-12-30-lavrov-cavusoglu.txt"


def need(path: Path) -> Path:
    """Return ``path``; skip the test with a reason if it is missing (fail instead when CI=true)."""
    if not path.exists():
        msg = f"needs {path} (the ../shared data beside the repo)"
        if os.environ.get("CI") == "true":
            pytest.fail(msg)
        pytest.skip(msg)
    return path


@pytest.fixture
def seed_path() -> Path:
    return need(SEED)


@pytest.fixture
def data_dir() -> Path:
    return need(DATA)


@pytest.fixture
def no_filter(monkeypatch):
    """The events stage without the actual-event filter (for tests of the rules, not of the filter's scores)."""
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
