"""The direct sender: the facade's own requests (no body or a JSON one, next-page links
included) built once and handed to its transport chain, without ``httpx.Client``'s
per-request machinery."""

from __future__ import annotations

import datetime
import logging
import time
from typing import Any

import httpx

__all__ = ["DirectSender"]

_HTTPX_LOG = logging.getLogger("httpx")
_DIRECT_KEYS = frozenset({"method", "url", "params", "json", "headers", "extensions", "timeout"})


class DirectSender:
    """Builds and sends requests straight to the facade's own transport chain.

    ``httpx.Client`` parses the URL three times per request and wraps every answer for
    cookies (about 0.2 ms a request here: a fifth of a page of runs from a local
    server). This builds the URL once and does what the client would have done for such a
    request: the same URL, headers and JSON body (tested against ``build_request``),
    timeouts, cookies kept, the ``httpx`` log line, ``response.elapsed``. Anything else
    (another kind of body, cookies to send, event hooks, a caller's own httpx client) goes
    through ``httpx.Client``.
    """

    def __init__(
        self,
        http: httpx.Client | httpx.AsyncClient,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    ) -> None:
        self._http = http
        self._transport = transport  # None: always through httpx.Client
        self._prefix: str | None = None  # the base URL without a final "/"

    def build(self, kwargs: dict[str, Any]) -> httpx.Request | None:
        """The request for ``httpx.Client.request(**kwargs)``, or None to let httpx send it."""
        http = self._http
        if (
            self._transport is None
            or kwargs.keys() - _DIRECT_KEYS
            or http.cookies
            or http.event_hooks["request"]
            or http.event_hooks["response"]
        ):
            return None
        url = kwargs["url"]
        if url.startswith("/"):
            if self._prefix is None:
                self._prefix = str(http.base_url).rstrip("/")
            url = self._prefix + url
        elif not url.startswith(("http://", "https://")):
            return None  # neither a path nor an http(s) link (the pager checks a link's origin)
        if http.is_closed:
            raise RuntimeError("Cannot send a request, as the client has been closed.")
        if params := kwargs.get("params"):
            url = f"{url}?{httpx.QueryParams(params)}"
        timeout: httpx.Timeout = kwargs["timeout"]
        extensions = {**kwargs["extensions"], "timeout": timeout.as_dict()}
        headers = http.headers
        if extra := kwargs.get("headers"):
            headers = httpx.Headers(headers)  # merged as httpx.Client merges them
            headers.update(extra)
        return httpx.Request(
            kwargs["method"], url, headers=headers, json=kwargs.get("json"), extensions=extensions
        )

    def send(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` through the sync transport and read the body."""
        assert isinstance(self._transport, httpx.BaseTransport)
        started = time.perf_counter()
        try:
            response = self._transport.handle_request(request)
            response.request = request
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        except httpx.RequestError as exc:
            _name_request(exc, request)
            raise
        return self._received(response, started)

    async def asend(self, request: httpx.Request) -> httpx.Response:
        """Async twin of ``send``."""
        assert isinstance(self._transport, httpx.AsyncBaseTransport)
        started = time.perf_counter()
        try:
            response = await self._transport.handle_async_request(request)
            response.request = request
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        except httpx.RequestError as exc:
            _name_request(exc, request)
            raise
        return self._received(response, started)

    def _received(self, response: httpx.Response, started: float) -> httpx.Response:
        response.elapsed = datetime.timedelta(seconds=time.perf_counter() - started)
        if "set-cookie" in response.headers:
            self._http.cookies.extract_cookies(response)
        request = response.request
        _HTTPX_LOG.info(
            'HTTP Request: %s %s "%s %d %s"',
            request.method,
            request.url,
            response.http_version,
            response.status_code,
            response.reason_phrase,
        )
        return response


def _name_request(exc: httpx.RequestError, request: httpx.Request) -> None:
    """Attach the request to an error raised without one (as ``httpx.Client`` does)."""
    try:
        exc.request  # noqa: B018
    except RuntimeError:
        exc.request = request
