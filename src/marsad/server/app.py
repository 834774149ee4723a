"""The marsad HTTP API (FastAPI) and the web UI it serves.

``create_app(db)`` returns an ASGI app over one marsad SQLite store. Read paths open the database
read-only (``mode=ro``, one connection per worker thread); the only write path, ``POST /api/ingest``,
exists only when an ingest token is configured and compares tokens in constant time. Errors are JSON
``{"error": message}`` with a 4xx status for anything the client can fix. Static files of the built UI
(``web/dist``) are read into memory at start-up and served by exact name, so no request path ever
reaches the file system.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import mimetypes
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from functools import partial
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from marsad.server import queries
from marsad.server.queries import EventFilter

log = logging.getLogger("marsad.server")

TOKEN_ENV = "MARSAD_INGEST_TOKEN"
MAX_BODY_BYTES = 8 * 1024 * 1024  # largest accepted request body (POST /api/ingest)
MAX_QUERY_BYTES = 4096  # longest accepted query string
MAX_INGEST_RECORDS = 500  # articles per POST /api/ingest
MAX_CONCURRENT_EXPORTS = 2  # exports running at once (each reads the whole store)
_EXPORT_MEDIA = {
    "plover": ("application/x-ndjson", "jsonl"),
    "polecat": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}
_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)
# Swagger UI's page carries one inline script that boots it.
_CSP_DOCS = _CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
_COMMON_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]
_SECURITY_HEADERS = [*_COMMON_HEADERS, (b"content-security-policy", _CSP.encode())]
_SECURITY_HEADERS_DOCS = [*_COMMON_HEADERS, (b"content-security-policy", _CSP_DOCS.encode())]

_ARTICLE_SCHEMA = {
    "type": "object",
    "required": ["text"],
    "properties": {k: {"type": "string"} for k in ("text", "id", "title", "url", "published", "source")},
    "description": "one article, by the JSONL input rules (`text` required)",
}
_INGEST_SCHEMA = {
    "oneOf": [
        _ARTICLE_SCHEMA,
        {"type": "array", "items": _ARTICLE_SCHEMA, "maxItems": 500},
        {"type": "object", "properties": {"articles": {"type": "array", "items": _ARTICLE_SCHEMA, "maxItems": 500}}},
    ]
}

Date = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="ISO date YYYY-MM-DD")]
Country = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3 or IGO/UNO/...")]
Limit = Annotated[int, Query(ge=1, le=500)]
EventType = Annotated[str | None, Query(pattern=r"^[A-Za-z]{2,20}$", description="PLOVER type, e.g. CONSULT")]
Mode = Annotated[str | None, Query(max_length=40)]
Place = Annotated[str | None, Query(max_length=200, description="place name (substring) or country code")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Name = Annotated[str | None, Query(max_length=200, description="name as written, or the entity's canonical name")]
Actual = Annotated[
    bool, Query(description="only events that happen as told: not negated, future, hypothetical or historical")
]


def default_web_dir() -> Path:
    """Where the built UI is looked for: $MARSAD_WEB_DIR, else ``web/dist`` of the source checkout."""
    env = os.environ.get("MARSAD_WEB_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3] / "web" / "dist"


def _load_static(web_dir: Path | None) -> dict[str, tuple[bytes, str]]:
    """Every regular file under ``web_dir`` (no symlinks followed), as {relative URL path: (bytes, media type)}."""
    files: dict[str, tuple[bytes, str]] = {}
    if web_dir is None or not web_dir.is_dir():
        return files
    root = web_dir.resolve()
    for dirpath, _dirs, names in os.walk(root):
        for name in names:
            full = Path(dirpath) / name
            if full.is_symlink() or not full.is_file():
                continue
            rel = full.relative_to(root).as_posix()
            media = mimetypes.guess_type(name)[0] or "application/octet-stream"
            if name.endswith((".js", ".mjs")):
                media = "text/javascript"
            if media.startswith("text/") or media in ("application/json", "image/svg+xml"):
                media += "; charset=utf-8"
            files[rel] = (full.read_bytes(), media)
    return files


def _check_date(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name} is not a real date: {value!r} (expected YYYY-MM-DD)") from None
    return value


def _host_name(host: str) -> str:
    """The name part of a Host header value ('127.0.0.1:8000' -> '127.0.0.1', '[::1]:80' -> '[::1]')."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1] if "]" in host else host
    return host.split(":", 1)[0]


class LimitsMiddleware:
    """Reject, with a JSON error, requests for another Host than ``allowed_hosts`` (400, against DNS
    rebinding of a loopback server), over-long query strings (414) and bodies declared (Content-Length)
    over ``max_body`` bytes (413); add the security headers (CSP, nosniff, no framing) to every response.
    Bodies without a length are counted as they stream by the one endpoint that reads a body."""

    def __init__(
        self,
        app: ASGIApp,
        max_body: int = MAX_BODY_BYTES,
        max_query: int = MAX_QUERY_BYTES,
        allowed_hosts: list[str] | None = None,
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.max_query = max_query
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        if self.allowed_hosts is not None:
            host = _host_name(headers.get(b"host", b"").decode("latin-1"))
            if host not in self.allowed_hosts:
                names = ", ".join(sorted(self.allowed_hosts))
                await _send_error(send, 400, f"this server only answers requests for {names}")
                return
        if len(scope.get("query_string") or b"") > self.max_query:
            await _send_error(send, 414, f"query string longer than {self.max_query} bytes")
            return
        security = _SECURITY_HEADERS_DOCS if scope.get("path") == "/docs" else _SECURITY_HEADERS

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *security]
            await send(message)

        declared = headers.get(b"content-length")
        if declared is not None:
            try:
                size = int(declared)
            except ValueError:
                await _send_error(send, 400, "invalid Content-Length header")
                return
            if size > self.max_body:
                await _send_error(send, 413, f"request body larger than {self.max_body} bytes")
                return
        await self.app(scope, receive, send_with_headers)


async def _send_error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class _Connections:
    """One read-only Store per worker thread (sqlite3 connections are not shared across threads)."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.local = threading.local()
        self.all: list[Any] = []
        self.lock = threading.Lock()

    def get(self) -> sqlite3.Connection:
        store = getattr(self.local, "store", None)
        if store is None:
            from marsad.store import Store

            store = Store(self.db_path, readonly=True)
            self.local.store = store
            with self.lock:
                self.all.append(store)
        return store.db

    def close(self) -> None:
        with self.lock:
            for store in self.all:
                try:
                    store.close()
                except sqlite3.Error:  # closing from another thread may fail; the process is ending anyway
                    pass
            self.all.clear()


class _AggregateCache:
    """Results of the aggregate endpoints, reused until the store changes (``queries.fingerprint``): many
    clients asking for the same network or timeline cost one query, not one each. A value being computed is
    computed once: other requests for the same key wait for it rather than all computing it at once."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.items: dict[tuple[Any, ...], Any] = {}
        self.pending: dict[tuple[Any, ...], threading.Lock] = {}
        self.lock = threading.Lock()

    def get(self, db: sqlite3.Connection, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        full = (*key, queries.fingerprint(db))
        with self.lock:
            if full in self.items:
                return self.items[full]
            key_lock = self.pending.setdefault(full, threading.Lock())
        with key_lock:
            with self.lock:
                if full in self.items:  # computed by the request we waited for
                    return self.items[full]
            try:
                value = compute()
            except BaseException:
                with self.lock:
                    self.pending.pop(full, None)
                raise
            with self.lock:
                if len(self.items) >= self.size:
                    self.items.clear()  # simple and bounded; the cache refills from the next requests
                self.items[full] = value
                self.pending.pop(full, None)
        return value


def create_app(
    db_path: str | Path,
    *,
    ingest_token: str | None = None,
    web_dir: Path | None = None,
    allowed_hosts: list[str] | None = None,
    max_body: int = MAX_BODY_BYTES,
) -> FastAPI:
    """The API over the store at ``db_path`` (which must exist). ``ingest_token`` enables POST /api/ingest;
    ``allowed_hosts`` (e.g. loopback names) rejects other Host headers, against DNS rebinding."""
    from marsad.store import Store

    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"no database at {db_path}: create one with `marsad ingest PATH --db {db_path}`")
    Store(db_path, readonly=True).close()  # fail now, with the store's message, if it is not a marsad database
    token = ingest_token.encode("utf-8") if ingest_token else None
    static = _load_static(web_dir if web_dir is not None else default_web_dir())
    conns = _Connections(db_path)
    cache = _AggregateCache()
    export_slots = threading.BoundedSemaphore(MAX_CONCURRENT_EXPORTS)
    write_lock = threading.Lock()

    def warm() -> None:
        # what the UI asks first (network, map, timeline): computed once at start, in each worker process
        try:
            db = conns.get()
            everything = EventFilter()
            for by in ("name", "country"):
                network = partial(queries.actors, db, everything, by=by, limit=30)
                cache.get(db, ("actors", everything, by, 30), network)
            cache.get(db, ("places", everything, 500), lambda: queries.places(db, everything, limit=500))
            cache.get(db, ("stats", None, None), lambda: queries.stats(db))
        except sqlite3.Error as exc:  # a warm cache is a nicety; requests compute what is missing
            log.warning("could not warm the aggregate cache: %s", exc)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        threading.Thread(target=warm, name="marsad-warm", daemon=True).start()
        yield
        conns.close()

    app = FastAPI(
        lifespan=lifespan,
        title="marsad API",
        version=_version(),
        description="Structured political event data (PLOVER/CAMEO) from Arabic news: search articles, read their "
        "entities, quotes and events, aggregate events, export. Read-only unless started with an ingest token.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.connections = conns

    # ---------- errors: always JSON {"error": ...} ----------
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else json.dumps(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"no such resource: {request.url.path}"
        if exc.status_code == 405:
            message = f"method {request.method} not allowed on {request.url.path}"
        return JSONResponse({"error": message}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path", "body"))
            problems.append(f"{where or 'request'}: {err.get('msg', 'invalid')}")
        return JSONResponse({"error": "invalid parameter " + "; ".join(problems)}, status_code=422)

    @app.exception_handler(sqlite3.OperationalError)
    async def _db_busy(request: Request, exc: sqlite3.OperationalError) -> JSONResponse:
        log.warning("database error on %s: %s", request.url.path, exc)
        if "locked" in str(exc) or "busy" in str(exc):
            return JSONResponse({"error": "the database is busy, try again"}, status_code=503)
        return JSONResponse({"error": "database error"}, status_code=500)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return JSONResponse({"error": f"internal error ({type(exc).__name__}); see the server log"}, status_code=500)

    def openapi_with_error_schema() -> dict[str, Any]:
        # FastAPI documents 422 with its own body shape; ours is {"error": message}, like every error here
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schema.setdefault("components", {}).setdefault("schemas", {})["HTTPValidationError"] = {
                "title": "Error",
                "type": "object",
                "properties": {"error": {"type": "string", "description": "what was wrong, for a person"}},
                "required": ["error"],
            }
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi_with_error_schema  # type: ignore[method-assign]

    # ---------- read API ----------
    @app.get("/api/articles", summary="Search articles (Arabic-normalised full text), filter by source and date")
    def articles(
        q: Annotated[str | None, Query(max_length=500, description="words, matched after Arabic normalisation")] = None,
        source: Annotated[str | None, Query(max_length=200, description="outlet name (see /api/stats)")] = None,
        date_from: Date = None,
        date_to: Date = None,
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> Response:
        _check_date("date_from", date_from)
        _check_date("date_to", date_to)
        return _json(queries.search_articles(conns.get(), q, source, date_from, date_to, limit, offset))

    @app.get("/api/articles/{article_id}", summary="One article: its text with all spans (entities, quotes, events)")
    def article(article_id: Annotated[str, PathParam(max_length=300)]) -> Response:
        doc = queries.article_document(conns.get(), article_id)
        if doc is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return _json(doc)

    def event_filter(
        type: str | None,
        mode: str | None,
        actor_country: str | None,
        recipient_country: str | None,
        date_from: str | None,
        date_to: str | None,
        place: str | None,
        article_id: str | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        actual: bool = False,
    ) -> EventFilter:
        _check_date("date_from", date_from)
        _check_date("date_to", date_to)
        if type:
            from marsad.export import quad_classes  # the PLOVER types, from the package's data file

            if type.upper() not in quad_classes():
                known = ", ".join(sorted(quad_classes()))
                raise HTTPException(422, f"unknown event type {type!r}; PLOVER types are {known}")
        return EventFilter(
            type=type.upper() if type else None,
            mode=mode,
            actor_country=actor_country.upper() if actor_country else None,
            recipient_country=recipient_country.upper() if recipient_country else None,
            date_from=date_from,
            date_to=date_to,
            place=place,
            article_id=article_id,
            actor=actor,
            recipient=recipient,
            actual=actual,
        )

    @app.get("/api/events", summary="Events, filtered by type, actor/recipient country or name, dates and place")
    def events(
        type: EventType = None,
        mode: Mode = None,
        actor_country: Country = None,
        recipient_country: Country = None,
        date_from: Date = None,
        date_to: Date = None,
        place: Place = None,
        article_id: Annotated[str | None, Query(max_length=300)] = None,
        actor: Name = None,
        recipient: Name = None,
        actual: Actual = False,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> Response:
        f = event_filter(
            type,
            mode,
            actor_country,
            recipient_country,
            date_from,
            date_to,
            place,
            article_id,
            actor,
            recipient,
            actual,
        )
        db = conns.get()
        total = cache.get(db, ("events_total", f), lambda: queries.count_events(db, f))
        return _json(queries.list_events(db, f, limit, offset, total=total))

    @app.get("/api/actors", summary="Actors and recipients with event counts, and actor→recipient edges")
    def actors_(
        by: Literal["name", "country"] = "name",
        type: EventType = None,
        date_from: Date = None,
        date_to: Date = None,
        actual: Actual = False,
        limit: Limit = 100,
    ) -> Response:
        f = event_filter(type, None, None, None, date_from, date_to, None, actual=actual)
        db = conns.get()
        return _json(cache.get(db, ("actors", f, by, limit), lambda: queries.actors(db, f, by=by, limit=limit)))

    @app.get("/api/places", summary="Event places with coordinates and counts by type (for the map)")
    def places_(
        type: EventType = None, date_from: Date = None, date_to: Date = None, actual: Actual = False, limit: Limit = 500
    ) -> Response:
        f = event_filter(type, None, None, None, date_from, date_to, None, actual=actual)
        db = conns.get()
        return _json(cache.get(db, ("places", f, limit), lambda: queries.places(db, f, limit=limit)))

    @app.get("/api/stats", summary="Counts, events per day and type, articles per source")
    def stats(date_from: Date = None, date_to: Date = None, actual: Actual = False) -> Response:
        _check_date("date_from", date_from)
        _check_date("date_to", date_to)
        db = conns.get()
        key = ("stats", date_from, date_to, actual)
        return _json(cache.get(db, key, lambda: queries.stats(db, date_from, date_to, actual)))

    @app.get("/api/export", summary="Download the store as PLOVER JSONL, POLECAT TSV, CSV or Parquet")
    def export(format: Literal["plover", "polecat", "csv", "parquet"]) -> Response:
        if not export_slots.acquire(blocking=False):  # exports read the whole store: a few at a time
            raise HTTPException(429, "too many exports running; try again in a moment", headers={"Retry-After": "5"})
        try:
            return _export(db_path, format)
        finally:
            export_slots.release()

    @app.get("/api/health", summary="Liveness and mode")
    def health() -> dict[str, Any]:
        conns.get().execute("SELECT 1").fetchone()
        return {"ok": True, "read_only": token is None}

    # ---------- the one write path ----------
    @app.post(
        "/api/ingest",
        summary="Add articles (needs the ingest token: `Authorization: Bearer TOKEN` or `X-Marsad-Token`)",
        openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": _INGEST_SCHEMA}}}},
    )
    async def ingest(request: Request) -> dict[str, Any]:
        if token is None:
            raise HTTPException(
                403, f"this server is read-only: start it with --ingest-token (or ${TOKEN_ENV}) to allow ingest"
            )
        given = _given_token(request)
        if given is None or not hmac.compare_digest(given.encode("utf-8"), token):
            raise HTTPException(401, "missing or wrong ingest token", headers={"WWW-Authenticate": "Bearer"})
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():  # counted as it arrives: a chunked body cannot grow unbounded
            size += len(chunk)
            if size > max_body:
                raise HTTPException(413, f"request body larger than {max_body} bytes")
            chunks.append(chunk)
        raw = b"".join(chunks)
        try:
            payload = json.loads(raw)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(400, f"the body is not JSON: {exc}") from None
        records = payload.get("articles") if isinstance(payload, dict) and "articles" in payload else payload
        if isinstance(records, dict):
            records = [records]
        if not isinstance(records, list):
            raise HTTPException(400, 'expected a JSON object, a list of objects, or {"articles": [...]}')
        if not records:
            raise HTTPException(400, "no articles in the request")
        if len(records) > MAX_INGEST_RECORDS:
            raise HTTPException(413, f"at most {MAX_INGEST_RECORDS} articles per request, got {len(records)}")
        return await run_in_threadpool(_ingest_records, db_path, records, write_lock)

    # ---------- API docs (Swagger UI served from the built UI, no CDN) ----------
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        if "swagger/swagger-ui-bundle.js" in static:
            return get_swagger_ui_html(
                openapi_url="/openapi.json",
                title="marsad API",
                swagger_js_url="/swagger/swagger-ui-bundle.js",
                swagger_css_url="/swagger/swagger-ui.css",
                swagger_favicon_url="/swagger/favicon-32x32.png",
            )
        return HTMLResponse(
            "<!doctype html><meta charset=utf-8><title>marsad API</title><p>Swagger UI is not built "
            "(run scripts/setup.sh). The OpenAPI schema is at <a href=/openapi.json>/openapi.json</a>.",
            status_code=200,
        )

    # ---------- static UI: exact names only ----------
    @app.get("/{path:path}", include_in_schema=False)
    def static_file(path: str) -> Response:
        if path.startswith("api/") or path == "api":
            raise HTTPException(404, f"no such API endpoint: /{path}")
        entry = static.get(path or "index.html")
        if entry is None:
            if not static:
                raise HTTPException(404, "the web UI is not built: run scripts/setup.sh (builds web/dist)")
            raise HTTPException(404, f"no such file: /{path}")
        body, media = entry
        cache = "no-cache" if media.startswith("text/html") else "max-age=300"
        return Response(body, media_type=media, headers={"Cache-Control": cache})

    app.add_middleware(LimitsMiddleware, max_body=max_body, allowed_hosts=allowed_hosts)
    return app


SERVE_CONFIG_ENV = "MARSAD_SERVE_CONFIG"


def app_from_env() -> FastAPI:
    """The app for uvicorn's worker processes (``marsad serve --workers N``): its settings come as JSON in
    $MARSAD_SERVE_CONFIG and the token (if any) in $MARSAD_INGEST_TOKEN, never on a command line."""
    cfg = json.loads(os.environ[SERVE_CONFIG_ENV])
    return create_app(
        cfg["db"],
        ingest_token=os.environ.get(TOKEN_ENV) or None,
        web_dir=Path(cfg["web"]) if cfg.get("web") else None,
        allowed_hosts=cfg.get("allowed_hosts"),
        max_body=int(cfg.get("max_body", MAX_BODY_BYTES)),
    )


def _json(data: Any) -> Response:
    """A JSON response written by json.dumps directly: the data is plain JSON types already, and FastAPI's
    generic encoder costs about eight times as much on a large article."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), media_type="application/json")


def _version() -> str:
    from marsad import __version__

    return __version__


def _given_token(request: Request) -> str | None:
    auth = request.headers.get("authorization")
    if auth and auth.lower().startswith("bearer "):
        return auth[7:].strip()
    return request.headers.get("x-marsad-token")


def _ingest_records(db_path: Path, records: list[Any], write_lock: threading.Lock) -> dict[str, Any]:
    """Read each record by the JSONL article rules and ingest them with the store's ``ingest`` (pipeline, dedup,
    one transaction per article, a run row); a bad record becomes an error row with its reason."""
    from marsad.document import Document, Source
    from marsad.ingest.decode import InputError
    from marsad.ingest.jsonl import record_document
    from marsad.store.ingest import ingest

    docs: list[Document] = []
    for n, rec in enumerate(records, start=1):
        try:
            docs.append(record_document(rec, "api", n))
        except InputError as exc:
            docs.append(Document(source=Source(path="api", line=n, format="jsonl"), error=str(exc)))
    with write_lock:  # one writer at a time; SQLite would serialise anyway, this keeps runs apart
        result = ingest(["api"], str(db_path), docs=docs, progress=False)
    return {
        "received": len(records),
        "added": result.added,
        "skipped": result.skipped,
        "errors": result.errors,
        "error_messages": result.error_messages,
        "ids": [d.id for d in docs if not d.error],
        "run_id": result.run_id,
    }


def _export(db_path: Path, fmt: str) -> Response:
    """Write the export with the store's exporter (marsad.export) to a temporary file and send it."""
    import tempfile

    from marsad.export import export

    media, ext = _EXPORT_MEDIA[fmt]
    tmp = tempfile.NamedTemporaryFile(prefix="marsad-export-", suffix=f".{ext}", delete=False)
    tmp.close()
    try:
        export(db_path, fmt, tmp.name)
    except Exception:
        os.unlink(tmp.name)
        raise
    from starlette.background import BackgroundTask

    return FileResponse(
        tmp.name,
        media_type=media,
        filename=f"marsad-{fmt}.{ext}",
        background=BackgroundTask(os.unlink, tmp.name),
    )
