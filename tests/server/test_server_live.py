"""`marsad serve` as a real process: loopback binding, raw-socket traversal attempts, host check, token by env."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest
from api_sample_store import build_store
from serve_process import live_server


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("live") / "marsad.db")


def raw_get(url: str, target: str, host: str = "127.0.0.1") -> tuple[int, str]:
    """Send a GET with the request target exactly as given (no client-side path normalisation)."""
    port = int(url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body.decode("utf-8", "replace")


def test_live_server_is_loopback_read_only_and_safe(db: Path) -> None:
    with live_server(db) as url:
        assert url.startswith("http://127.0.0.1:")
        assert httpx.get(f"{url}/api/articles", params={"q": "روسيا"}).json()["total"] == 2
        for target in (
            "/../../../../etc/passwd",
            "/..%2f..%2f..%2f..%2fetc%2fpasswd",
            "/%2e%2e/%2e%2e/%2e%2e/pyproject.toml",
            "/static/../../../pyproject.toml",
            "/..\\..\\pyproject.toml",
        ):
            status, body = raw_get(url, target)
            assert status in (400, 404), (target, status)
            assert "root:" not in body and "[project]" not in body
        status, _ = raw_get(url, "/api/health", host="attacker.example")
        assert status == 400  # DNS rebinding: a loopback server only answers loopback host names
        r = httpx.post(f"{url}/api/ingest", json={"text": "نص"}, headers={"Authorization": "Bearer whatever-token-123"})
        assert r.status_code == 403


def test_token_from_environment(db: Path) -> None:
    token = "env-token-abcdefghijklmnop"
    with live_server(db, env={"MARSAD_INGEST_TOKEN": token}) as url:
        assert httpx.get(f"{url}/api/health").json() == {"ok": True, "read_only": False}
        assert httpx.post(f"{url}/api/ingest", json={"text": "نص"}).status_code == 401


def test_several_worker_processes(db: Path) -> None:
    with live_server(db, "--workers", "2") as url:
        for _ in range(4):
            assert httpx.get(f"{url}/api/articles", params={"q": "روسيا"}).json()["total"] == 2
        status, _ = raw_get(url, "/api/health", host="attacker.example")
        assert status == 400  # the host check travels to the workers too
