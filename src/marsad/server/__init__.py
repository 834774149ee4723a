"""The HTTP API and web UI over a marsad store: ``create_app(db)`` (FastAPI), run by ``marsad serve``."""

from __future__ import annotations

__all__ = ["create_app"]


def __getattr__(name: str):  # import FastAPI only when the server is actually wanted
    if name == "create_app":
        from marsad.server.app import create_app

        return create_app
    raise AttributeError(name)
