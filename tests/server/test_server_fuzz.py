"""Generated query parameters and paths: the API answers every one with a JSON 2xx/4xx, never a 5xx."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from api_sample_store import build_store
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.server.app import create_app

PARAMS = ["q", "source", "date_from", "date_to", "limit", "offset", "type", "mode", "actor_country",
          "recipient_country", "actor", "recipient", "place", "by", "format"]  # fmt: skip
ENDPOINTS = ["/api/articles", "/api/events", "/api/actors", "/api/places", "/api/stats"]
# Arabic, quotes, FTS and SQL syntax, wildcards, control characters, surrogate-free unicode at large
VALUES = st.one_of(
    st.text(max_size=60),
    st.sampled_from(['"', "'", "*", "%", "_", "NEAR(", "OR", "AND", "--", ";", "\\", "\x00", "روسيا", "2020-02-30"]),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
)


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    db = build_store(tmp_path_factory.mktemp("fuzz") / "marsad.db")
    return TestClient(create_app(db, web_dir=tmp_path_factory.mktemp("web")), raise_server_exceptions=False)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(endpoint=st.sampled_from(ENDPOINTS), params=st.dictionaries(st.sampled_from(PARAMS), VALUES, max_size=4))
def test_generated_parameters_never_5xx(client: TestClient, endpoint: str, params: dict[str, str]) -> None:
    r = client.get(endpoint, params=params)
    assert r.status_code < 500, (endpoint, params, r.text)
    assert r.headers["content-type"].startswith("application/json")
    assert r.status_code == 200 or "error" in r.json()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=80))
def test_generated_paths_never_5xx(client: TestClient, tail: str) -> None:
    for prefix in ("/api/articles/", "/"):
        r = client.get(prefix + quote(tail, safe="/.%"))  # as a client would send it: percent-encoded
        assert r.status_code < 500, (prefix, tail, r.text)
