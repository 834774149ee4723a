"""Fixtures shared by the events tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def no_filter(monkeypatch):
    """The events stage without the actual-event filter (for tests of the rules, not of the filter's scores)."""
    import marsad.events as events

    monkeypatch.setattr(events.settings, "use_filter", False)
