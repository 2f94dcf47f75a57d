"""The web application of ``sitroom serve``: the JSON API, the pages and their assets.

Security: every page is rendered with autoescape and served with a Content-Security-Policy
that allows scripts, styles and requests to this server only; with a token, every request
must carry it (``Authorization: Bearer TOKEN``, or ``?token=TOKEN`` once in a browser,
which sets an HttpOnly cookie); ``POST /api/ingest`` bodies are limited in size.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from http import HTTPStatus
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sitroom import __version__
from sitroom.api import Situation
from sitroom.errors import SitroomError, TooLargeError
from sitroom.show.web import api_routes, pages
from sitroom.show.web.jobs import Jobs
from sitroom.show.web.render import render

log = logging.getLogger(__name__)
COOKIE = "sitroom_token"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
)


def create_app(room: Situation, *, token: str = "", max_upload_bytes: int = 10_000_000) -> FastAPI:
    """The ASGI app over ``room``; ``token`` ("" for none) guards every request."""
    queue = Jobs()

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        queue.shutdown()

    app = FastAPI(
        lifespan=lifespan,
        title="sitroom",
        version=__version__,
        description="Stories, actors, quotes, events, positions and claims from the news.",
        docs_url="/api/docs",
        redoc_url=None,
        openapi_url="/api/openapi.json",
    )
    app.state.situation = room
    app.state.jobs = queue
    app.include_router(api_routes.router)
    app.include_router(pages.router)
    static = resources.files("sitroom.show.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_exception_handler(SitroomError, _sitroom_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(404, _not_found)
    app.add_middleware(_TokenMiddleware, token=token)  # type: ignore[arg-type]
    app.add_middleware(_SizeLimit, limit=max_upload_bytes)  # type: ignore[arg-type]
    return app


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get(
        "accept", ""
    )


def _error(request: Request, status: int, message: str) -> Response:
    if _wants_html(request):
        title = f"{status} {HTTPStatus(status).phrase}"
        body = render(
            "error.html", status=title, message=message, inline=None, link=pages.page_link
        )
        return HTMLResponse(body, status_code=status)
    return JSONResponse({"detail": message}, status_code=status)


async def _sitroom_error(request: Request, exc: Exception) -> Response:
    status = getattr(exc, "status", 500)
    if status >= 500:
        log.error("%s %s: %s", request.method, request.url.path, exc)
    return _error(request, status, str(exc))


async def _invalid(request: Request, exc: Exception) -> Response:
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    if _wants_html(request):
        return _error(
            request, 422, "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in errors)
        )
    return JSONResponse(
        {"detail": [{k: e.get(k) for k in ("loc", "msg", "type")} for e in errors]}, status_code=422
    )


async def _not_found(request: Request, exc: Exception) -> Response:
    return _error(request, 404, f"no page {request.url.path}")


class _TokenMiddleware:
    def __init__(self, app: ASGIApp, token: str) -> None:
        self.app = app
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        if not self.token:
            await self.app(scope, receive, _with_headers(send))
            return
        given = request.query_params.get("token")
        if given is not None and _same(given, self.token):
            # Once in a browser: keep the token in a cookie and drop it from the address.
            url = request.url.remove_query_params("token")
            response: Response = RedirectResponse(
                str(url.path) + (f"?{url.query}" if url.query else ""), 303
            )
            response.set_cookie(COOKIE, self.token, httponly=True, samesite="strict")
            await response(scope, receive, send)
            return
        auth = request.headers.get("authorization", "")
        bearer = auth[7:] if auth.lower().startswith("bearer ") else ""
        if _same(bearer, self.token) or _same(request.cookies.get(COOKIE, ""), self.token):
            await self.app(scope, receive, _with_headers(send))
            return
        response = JSONResponse(
            {"detail": "this server needs its token: Authorization: Bearer TOKEN, or ?token=TOKEN"},
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )
        await response(scope, receive, send)


def _same(given: str, token: str) -> bool:
    return bool(given) and hmac.compare_digest(given.encode(), token.encode())


def _with_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            headers += [
                (b"content-security-policy", CSP.encode()),
                (b"x-content-type-options", b"nosniff"),
                (b"referrer-policy", b"no-referrer"),
                (b"x-frame-options", b"DENY"),
            ]
            message = {**message, "headers": headers}
        await send(message)

    return wrapped


class _SizeLimit:
    """Refuses an ingest body over ``limit`` bytes: at once by Content-Length, or while
    reading a body sent without one."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.limit):
            await JSONResponse({"detail": self._message()}, status_code=413)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                raise TooLargeError("request body", self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return (
            f"the request body is larger than web.max_upload_bytes ({self.limit} bytes); "
            "send fewer documents per request"
        )
