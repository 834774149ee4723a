"""`marsad serve`: the HTTP API and web UI over one store (uvicorn)."""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from pathlib import Path

LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="serve the HTTP API and the web UI (read-only unless given an ingest token)")
    p.add_argument("--db", required=True, metavar="FILE", help="the marsad SQLite store")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument(
        "--ingest-token",
        default=None,
        metavar="TOKEN",
        help="allow POST /api/ingest with this token (or set $MARSAD_INGEST_TOKEN); without it the server is read-only",
    )
    p.add_argument("--web", type=Path, default=None, metavar="DIR", help="built web UI (default web/dist)")
    p.add_argument("--max-body-mb", type=float, default=8.0, help="largest request body accepted (default 8 MB)")
    p.add_argument("--workers", type=int, default=1, help="server processes (default 1; one per CPU core at most)")
    p.set_defaults(handler=serve)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(args: argparse.Namespace) -> int:
    import uvicorn

    from marsad.server.app import SERVE_CONFIG_ENV, TOKEN_ENV, create_app
    from marsad.store import StoreError

    token = args.ingest_token or os.environ.get(TOKEN_ENV) or None
    if not 0 < args.port < 65536:
        print(f"marsad serve: invalid port {args.port}", file=sys.stderr)
        return 2
    if not 1 <= args.workers <= 64:
        print(f"marsad serve: --workers must be 1..64, got {args.workers}", file=sys.stderr)
        return 2
    if token is not None and len(token) < 16:
        print("marsad serve: the ingest token must be at least 16 characters", file=sys.stderr)
        return 2
    loopback = _is_loopback(args.host)
    try:
        app = create_app(
            args.db,
            ingest_token=token,
            web_dir=args.web,
            allowed_hosts=LOOPBACK_NAMES if loopback else None,
            max_body=int(args.max_body_mb * 1024 * 1024),
        )
    except (FileNotFoundError, StoreError) as exc:
        print(f"marsad serve: {exc}", file=sys.stderr)
        return 1
    if not loopback:
        print(f"marsad serve: warning: listening on {args.host}, reachable from other machines", file=sys.stderr)
    mode = "ingest enabled (token required)" if token else "read-only"
    print(f"marsad serve: http://{args.host}:{args.port}/  API docs /docs  ({mode})", file=sys.stderr)
    options = {"host": args.host, "port": args.port, "log_level": "warning", "access_log": False}
    options["server_header"] = False
    if args.workers == 1:
        uvicorn.run(app, **options)
        return 0
    # several processes: uvicorn imports the app in each worker; settings travel in the environment
    del app
    os.environ[SERVE_CONFIG_ENV] = json.dumps(
        {
            "db": str(Path(args.db).resolve()),
            "web": str(args.web.resolve()) if args.web else None,
            "allowed_hosts": LOOPBACK_NAMES if loopback else None,
            "max_body": int(args.max_body_mb * 1024 * 1024),
        }
    )
    if token:
        os.environ[TOKEN_ENV] = token
    uvicorn.run("marsad.server.app:app_from_env", factory=True, workers=args.workers, **options)
    return 0
