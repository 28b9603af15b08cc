"""Sync and async clients for any vendor in the registry.

``Client`` and ``AsyncClient`` share ``_Base`` (configuration, building requests from the
generated operations, turning answers into models or errors, pagination); each adds only
how it sends and closes.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from typing import Any, Self

import httpx

from evalclients import tolerance
from evalclients._version import __version__
from evalclients.config import REDACTED, ClientConfig
from evalclients.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ResponseDecodeError,
    error_from_response,
)
from evalclients.pagination import MISSING, AsyncItemPaged, ItemPaged, Walker, lookup
from evalclients.registry import Operation, Vendor, get_vendor
from evalclients.transport import (
    EXTENSION,
    AsyncClientTransport,
    AsyncRetryTransport,
    CallOptions,
    ClientTransport,
    DirectSender,
    RetryPolicy,
    RetryTransport,
)

__all__ = ["AsyncClient", "Client"]

USER_AGENT = f"evalclients/{__version__}"
LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10)


class _Base:
    """Configuration and the request/response logic both twins share."""

    vendor_name: str = ""

    def __init__(
        self,
        vendor: str | None = None,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        strict: bool = False,
    ) -> None:
        self.vendor: Vendor = get_vendor(vendor or self.vendor_name)
        self.strict = strict
        """Raise ``ResponseDecodeError`` on any drift from the spec instead of warning."""
        self._drift_rt = self.vendor.drift_module
        self.config = ClientConfig.resolve(
            self.vendor,
            api_key=api_key,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure_http=allow_insecure_http,
        )
        self._policy = (retry_policy or RetryPolicy()).with_retries(self.config.max_retries)
        self._owns_http = True

    def __repr__(self) -> str:
        key = REDACTED if self.config.api_key else None
        name = type(self).__name__
        url = self.config.base_url
        return f"{name}(vendor={self.vendor.name!r}, base_url={url!r}, api_key={key!r})"

    def _generated_client(self) -> Any:
        # The token is never used: requests go through our httpx client, whose transport adds
        # the key (for the configured origin only). Keep it out of the attrs repr.
        return self.vendor.package_module.AuthenticatedClient(
            base_url=self.config.base_url, token=REDACTED, timeout=self.config.timeout
        )

    def _transport_args(self) -> dict[str, Any]:
        return {
            "policy": self._policy,
            "base_url": self.config.base_url,
            "auth_headers": self.config.auth_headers(),
        }

    def _http_args(self, follow_redirects: bool) -> dict[str, Any]:
        return {
            "base_url": self.config.base_url,
            "timeout": self.config.timeout,
            "headers": {"User-Agent": USER_AGENT},
            "follow_redirects": follow_redirects,
        }

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A client sharing this one's connections, with other per-call settings."""
        other = copy.copy(self)
        other._owns_http = False
        if strict is not None:
            other.strict = strict
        if max_retries is not None:
            other._policy = self._policy.with_retries(max_retries)
        if timeout is not None:
            as_timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            other.config = dataclasses.replace(self.config, timeout=as_timeout)
        return other

    def _request(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        try:
            kwargs: dict[str, Any] = op.module.build_request(**params)
        except TypeError as exc:  # wrong or missing parameters: name the operation, not ours
            raise TypeError(str(exc).replace("build_request()", f"{op.name}()")) from None
        kwargs["extensions"] = {EXTENSION: CallOptions(self._policy, op.retry_post)}
        kwargs["timeout"] = self.config.timeout
        return kwargs

    def _transport_error(self, op: Operation, exc: httpx.TransportError) -> APIError:
        cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        try:
            url = str(exc.request.url)
        except RuntimeError:  # raised before a request existed
            url = op.path
        return cls(
            f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
            vendor=self.vendor.name,
            method=op.method,
            url=url,
        )

    def _check(self, response: httpx.Response) -> None:
        if not 200 <= response.status_code < 300:
            raise self._status_error(response)

    def _status_error(self, response: httpx.Response) -> APIError:
        # Not inlined in _check: the key must not be a local of a frame in the traceback
        # (tracebacks with captured locals, e.g. error trackers, would show it).
        key = self.config.api_key.get() if self.config.api_key else ""
        return error_from_response(response, self.vendor.name, self.vendor.not_found_hint, (key,))

    def _decode(self, op: Operation, response: httpx.Response, api: Any) -> Any:
        self._check(response)
        try:
            parsed = self._parse(op, response, self._body(op, response))
        except ResponseDecodeError:
            raise
        except Exception as exc:  # a malformed body: generated parsers raise anything
            raise self._decode_error(response, exc) from exc
        result = lookup(parsed, op.result)
        if result is MISSING:
            raise self._decode_error(response, KeyError(op.result))
        return result

    def _decode_error(self, response: httpx.Response, exc: Exception) -> ResponseDecodeError:
        invalid = isinstance(exc, (json.JSONDecodeError, UnicodeDecodeError))
        what = (
            "is not valid JSON"
            if invalid
            else "is nested too deeply"
            if isinstance(exc, RecursionError)
            else "does not fit the spec"
        )
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return ResponseDecodeError(
            f"{response.status_code} body {what} ({detail})",
            response=response,
            vendor=self.vendor.name,
        )

    def _decode_page(
        self, op: Operation, response: httpx.Response, api: Any, raw: bool
    ) -> tuple[Any, Any]:
        self._check(response)
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
            raise self._decode_error(response, exc) from exc
        if raw:
            return data, MISSING
        try:
            return data, self._parse(op, response, data)
        except ResponseDecodeError:
            raise
        except Exception as exc:
            raise self._decode_error(response, exc) from exc

    @staticmethod
    def _body(op: Operation, response: httpx.Response) -> Any:
        """A whole (non-page) answer decoded the way the operation declares its status."""
        kind = op.module.BODY_SOURCES.get(response.status_code, "json")
        if kind == "text":
            return response.text
        if kind == "bytes":
            return response.content
        if kind == "none":
            return None
        return json.loads(response.content)

    def _parse(self, op: Operation, response: httpx.Response, body: Any) -> Any:
        """The generated model of ``body``; drift is warned about (or raised when strict)."""
        runtime = self._drift_rt
        before = runtime.SERIAL if runtime is not None else 0
        parsed = op.module.parse_body(response.status_code, body)
        if runtime is not None and before != runtime.SERIAL:
            tolerance.check(
                runtime,
                before,
                parsed,
                vendor=self.vendor.name,
                operation=op.name,
                strict=self.strict,
                response=response,
            )
        return parsed

    def _walker(
        self, op: Operation, params: dict[str, Any], page_size: int | None, max_items: int | None
    ) -> Callable[[str | None], Walker]:
        return lambda token: Walker(
            op.pagination,
            params,
            page_size=page_size,
            max_items=max_items,
            continuation_token=token,
        )


class Client(_Base):
    """A synchronous client for one vendor: ``Client("phoenix")`` or a named subclass."""

    def __init__(
        self, vendor: str | None = None, *, http_client: httpx.Client | None = None, **options: Any
    ) -> None:
        super().__init__(vendor, **options)
        inner = ClientTransport(http_client) if http_client else httpx.HTTPTransport(limits=LIMITS)
        transport = RetryTransport(
            inner, owns_wrapped=http_client is None, **self._transport_args()
        )
        follow = http_client.follow_redirects if http_client else False
        self._http = httpx.Client(transport=transport, **self._http_args(follow))
        self._direct = DirectSender(self._http, None if http_client else transport)
        self.api = self._generated_client()
        """The generated client, configured with this client's auth, timeouts and retries."""
        self.api.set_httpx_client(self._http)

    def _send(self, op: Operation, params: dict[str, Any]) -> httpx.Response:
        kwargs = self._request(op, params)
        try:
            if (request := self._direct.build(kwargs)) is not None:
                return self._direct.send(request)
            return self._http.request(**kwargs)
        except httpx.TransportError as exc:
            raise self._transport_error(op, exc) from exc

    def call(self, operation: str, **params: Any) -> Any:
        """Call a registry operation; its parsed 2xx model, or an ``APIError``."""
        op = self.vendor.operation(operation)
        return self._decode(op, self._send(op, params), self.api)

    def paginate(
        self,
        operation: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
        **params: Any,
    ) -> ItemPaged[Any]:
        """Every item of a list operation, fetched lazily page by page."""
        op = self.vendor.operation(operation)

        def fetch(page_params: dict[str, Any]) -> tuple[Any, Any]:
            return self._decode_page(op, self._send(op, page_params), self.api, raw)

        return ItemPaged(fetch, self._walker(op, params, page_size, max_items), continuation_token)

    def close(self) -> None:
        """Close the connections this client opened (never a caller's own httpx client)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClient(_Base):
    """The asynchronous twin of ``Client``."""

    def __init__(
        self,
        vendor: str | None = None,
        *,
        http_client: httpx.AsyncClient | None = None,
        **options: Any,
    ) -> None:
        super().__init__(vendor, **options)
        inner = (
            AsyncClientTransport(http_client)
            if http_client
            else httpx.AsyncHTTPTransport(limits=LIMITS)
        )
        transport = AsyncRetryTransport(
            inner, owns_wrapped=http_client is None, **self._transport_args()
        )
        follow = http_client.follow_redirects if http_client else False
        self._http = httpx.AsyncClient(transport=transport, **self._http_args(follow))
        self._direct = DirectSender(self._http, None if http_client else transport)
        self.api = self._generated_client()
        """The generated client, configured with this client's auth, timeouts and retries."""
        self.api.set_async_httpx_client(self._http)

    async def _send(self, op: Operation, params: dict[str, Any]) -> httpx.Response:
        kwargs = self._request(op, params)
        try:
            if (request := self._direct.build(kwargs)) is not None:
                return await self._direct.asend(request)
            return await self._http.request(**kwargs)
        except httpx.TransportError as exc:
            raise self._transport_error(op, exc) from exc

    async def call(self, operation: str, **params: Any) -> Any:
        """Call a registry operation; its parsed 2xx model, or an ``APIError``."""
        op = self.vendor.operation(operation)
        return self._decode(op, await self._send(op, params), self.api)

    def paginate(
        self,
        operation: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
        prefetch: int = 0,
        **params: Any,
    ) -> AsyncItemPaged[Any]:
        """Every item of a list operation: ``async for item in client.paginate(...)``.

        ``prefetch=n`` requests up to ``n`` pages ahead while the caller handles the current
        one (off by default: it may fetch pages a caller that stops early never uses).
        """
        op = self.vendor.operation(operation)

        async def fetch(page_params: dict[str, Any]) -> tuple[Any, Any]:
            return self._decode_page(op, await self._send(op, page_params), self.api, raw)

        return AsyncItemPaged(
            fetch,
            self._walker(op, params, page_size, max_items),
            continuation_token,
            prefetch=prefetch,
        )

    async def close(self) -> None:
        """Close the connections this client opened (never a caller's own httpx client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()
