"""What every response and request goes through: security headers, body size caps, CSRF tokens.

- Content-Security-Policy: scripts, styles, images and fetches only from this server; no eval (Vega runs
  with its CSP-safe expression interpreter), no frames, forms post only here.
- Bodies are capped per path while they stream in (Content-Length is checked first, then the bytes that
  actually arrive), so a 50 MB paste is refused with a message before it is read into memory.
- CSRF: a random token in a SameSite=Strict cookie must come back in every form POST (double submit).
  JSON API POSTs need a non-form content type or the X-Requested-By header, which a cross-site form
  cannot send without the browser's CORS preflight (which this server never answers).
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]
CSRF_COOKIE = "dyadscope_csrf"
CSRF_FIELD = "csrf"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data", "text/plain")


DRAIN_LIMIT = 128_000_000  # an oversized body up to this size is read and dropped; a larger one is cut off


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


class BodyTooLarge(Exception):
    """A request body went over its cap."""


def new_token() -> str:
    """A fresh CSRF token."""
    return secrets.token_urlsafe(24)


def same_token(a: str | None, b: str | None) -> bool:
    """Constant-time comparison of two tokens (None never matches)."""
    return bool(a) and bool(b) and hmac.compare_digest(str(a), str(b))


def cookie_value(scope: Scope, name: str) -> str | None:
    """One cookie from the raw headers (before Starlette's Request exists)."""
    for key, value in scope.get("headers", []):
        if key == b"cookie":
            for part in value.decode("latin-1").split(";"):
                k, _, v = part.strip().partition("=")
                if k == name:
                    return v
    return None


class Guard:
    """ASGI middleware: headers on every response, a per-path body cap, the CSRF cookie."""

    def __init__(
        self,
        app: ASGIApp,
        caps: Callable[[str], int],
        refuse: Callable[[Scope, int], Awaitable[Message | tuple[int, list, bytes]]],
    ) -> None:
        self.app = app
        self.caps = caps
        self.refuse = refuse  # renders the "too large" page: (status, headers, body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        cap = self.caps(scope["path"])
        token = cookie_value(scope, CSRF_COOKIE)
        fresh = None if token and len(token) < 100 else new_token()
        scope.setdefault("state", {})["csrf"] = fresh or token
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = list(message.get("headers", [])) + HEADERS
                if fresh:
                    cookie = f"{CSRF_COOKIE}={fresh}; Path=/; HttpOnly; SameSite=Strict"
                    headers.append((b"set-cookie", cookie.encode()))
                message = {**message, "headers": headers}
            await send(message)

        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > cap):
            if declared.isdigit() and int(declared) <= DRAIN_LIMIT:
                await _drain(receive)  # read and drop it, so the browser gets to show the message
            await self._refuse(scope, cap, send_with_headers)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > cap:
                    raise BodyTooLarge
            return message

        try:
            await self.app(scope, limited_receive, send_with_headers)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, cap, send_with_headers)

    async def _refuse(self, scope: Scope, cap: int, send: Send) -> None:
        status, headers, body = await self.refuse(scope, cap)
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})
