"""Sync and async clients for any vendor in the registry.

``Client`` and ``AsyncClient`` share ``_Base`` (configuration, building requests from the
generated operations, turning answers into models or errors, pagination); each adds only
how it sends and closes.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Self, TypedDict, TypeVar

import httpx

from evalclients import tolerance
from evalclients._defaults import DEFAULT_CONCURRENCY, LIMITS
from evalclients._direct import DirectSender
from evalclients._retry import EXTENSION, CallOptions, RetryPolicy
from evalclients._transport import (
    AsyncClientTransport,
    AsyncLazyHTTPTransport,
    AsyncRetryTransport,
    ClientTransport,
    LazyHTTPTransport,
    OptionsTransport,
    RetryTransport,
)
from evalclients._version import __version__
from evalclients.config import (
    REDACTED,
    ClientConfig,
    check_max_retries,
    check_timeout,
)
from evalclients.errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ConfigurationError,
    ResponseDecodeError,
    error_from_response,
)
from evalclients.pagination import (
    MISSING,
    NEXT_URL,
    AsyncItemPaged,
    Deferred,
    ItemPaged,
    Walker,
    Window,
    lookup,
)
from evalclients.registry import Operation, Vendor, get_vendor

if TYPE_CHECKING:
    from evalclients.results import AsyncResultsPaged, ResultsPaged

__all__ = ["AsyncClient", "Client", "RawResponse"]

T = TypeVar("T")
_REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-trace-id")


@dataclasses.dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A call's parsed result with the HTTP answer it came from (``client.with_raw_response``)."""

    parsed: T
    status_code: int
    headers: httpx.Headers
    http_response: httpx.Response = dataclasses.field(repr=False)

    @property
    def request_id(self) -> str | None:
        """The server's request id header, for support tickets (None when it sent none)."""
        for name in _REQUEST_ID_HEADERS:
            if value := self.headers.get(name):
                return str(value)
        return None

    def parse(self) -> T:
        """The parsed result (as the plain call returns it)."""
        return self.parsed


def _headers(extra: Mapping[str, str] | None) -> dict[str, str]:
    if extra is None:
        return {}
    for name, value in extra.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError("extra_headers must map header names to strings")
        if any(ch in name + value for ch in "\r\n\0"):
            raise ConfigurationError(f"extra_headers[{name!r}] contains control characters")
    return dict(extra)


USER_AGENT = f"evalclients/{__version__}"


class _Options(TypedDict):
    """The constructors' configuration keywords, handed on as one value (one list to keep)."""

    api_key: str | None
    username: str | None
    base_url: str | None
    region: str | None
    timeout: float | httpx.Timeout | None
    max_retries: int | None
    allow_insecure_http: bool
    retry_policy: RetryPolicy | None
    concurrency: int
    strict: bool


class _Base:
    """Configuration and the request/response logic both twins share."""

    vendor_name: str = ""
    _http: Any  # the twin's httpx.Client or httpx.AsyncClient

    def _configure(self, vendor: str | None, options: _Options) -> ConfigurationError | None:
        """Resolve and check the configuration; a ConfigurationError is returned, not raised.

        Returned fresh (no traceback, no context): raised by the public constructor after it
        dropped its key arguments, no frame of its traceback holds a key (trackers that show
        locals would show it).
        """
        try:
            self._resolve(vendor, options)
        except ConfigurationError as exc:
            return ConfigurationError(*exc.args)
        return None

    def _resolve(self, vendor: str | None, options: _Options) -> None:
        self.vendor: Vendor = get_vendor(vendor or self.vendor_name)
        strict, retry_policy = options["strict"], options["retry_policy"]
        if not isinstance(strict, bool):
            raise ConfigurationError(f"strict must be True or False, got {strict!r}")
        self.strict = strict
        """Raise ``ResponseDecodeError`` on any drift from the spec instead of warning."""
        self._drift_rt = self.vendor.drift_module
        if retry_policy is not None and not isinstance(retry_policy, RetryPolicy):
            raise ConfigurationError(
                f"retry_policy must be a RetryPolicy, got {type(retry_policy).__name__}"
            )
        max_retries = options["max_retries"]
        if max_retries is None and retry_policy is not None:
            max_retries = check_max_retries(retry_policy.max_retries, "retry_policy.max_retries")
        Window(options["concurrency"])  # refuses a bad value now rather than at the first listing
        self.concurrency = options["concurrency"]
        """Page requests a listing may have in flight (``paginate(concurrency=...)`` per call)."""
        self.config = ClientConfig.resolve(
            self.vendor,
            api_key=options["api_key"],
            username=options["username"],
            base_url=options["base_url"],
            region=options["region"],
            timeout=options["timeout"],
            max_retries=max_retries,
            allow_insecure_http=options["allow_insecure_http"],
        )
        # An explicit retry_policy keeps its own budget unless max_retries is also given.
        self._policy = (retry_policy or RetryPolicy()).with_retries(self.config.max_retries)
        self._owns_http = True
        self._extra_headers: dict[str, str] = {}
        self._extra_query: dict[str, Any] = {}
        self._api: Any = None
        self._root: _Base | None = None  # the client a with_options copy was made from
        self._transport: Any = None  # the retrying transport, shared by with_options copies

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

    @property
    def api(self) -> Any:
        """The generated client, configured with this client's auth, timeouts and retries
        (also those set by ``with_options``). Built on first use."""
        if self._api is None:
            self._api = self._generated_client()
            self._bind_api(self._api)
        return self._api

    def _bind_api(self, api: Any) -> None:
        raise NotImplementedError

    @property
    def _parser_api(self) -> Any:
        """The generated client handed to parsers: the first client's (they only read its
        settings), so per-call options build no second httpx client."""
        return (self._root or self).api

    def _api_shares_http(self) -> bool:
        """Whether ``.api`` can use this client's own httpx client (no options changed)."""
        return self._owns_http

    def _options_http_args(self) -> dict[str, Any]:
        """httpx client arguments for ``.api`` of a ``with_options`` copy: the shared
        transport, which applies this copy's retries to requests that carry none."""
        args = self._http_args(self._http.follow_redirects)
        args["headers"] = {**args["headers"], **self._extra_headers}
        args["params"] = self._extra_query
        args["transport"] = OptionsTransport(self._transport, CallOptions(self._policy))
        return args

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
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        concurrency: int | None = None,
        strict: bool | None = None,
    ) -> Self:
        """A client sharing this one's connections, with other settings for its calls, its
        listings and its ``.api`` (checked as the constructor checks them)."""
        other = copy.copy(self)
        other._owns_http = False
        other._api = None
        if concurrency is not None:
            other.concurrency = Window(concurrency).size
        other._root = self._root or self
        if strict is not None:
            other.strict = strict
        if max_retries is not None:
            other._policy = self._policy.with_retries(check_max_retries(max_retries))
            other.config = dataclasses.replace(other.config, max_retries=max_retries)
        if timeout is not None:
            other.config = dataclasses.replace(other.config, timeout=check_timeout(timeout))
        if extra_headers is not None:
            other._extra_headers = {**self._extra_headers, **_headers(extra_headers)}
        if extra_query is not None:
            if not isinstance(extra_query, Mapping):
                raise ConfigurationError("extra_query must be a mapping of parameter names")
            other._extra_query = {**self._extra_query, **extra_query}
        return other

    def _per_call(
        self,
        timeout: float | httpx.Timeout | None,
        max_retries: int | None,
        extra_headers: Mapping[str, str] | None,
        extra_query: Mapping[str, Any] | None,
    ) -> Self:
        """This client, or a copy with the per-call options given."""
        if timeout is None and max_retries is None and extra_headers is None and not extra_query:
            return self
        return self.with_options(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_query=extra_query,
        )

    def _extras(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Add ``extra_headers``/``extra_query`` to the request's own headers and query."""
        if self._extra_headers:
            kwargs["headers"] = {**(kwargs.get("headers") or {}), **self._extra_headers}
        if self._extra_query:
            kwargs["params"] = {**(kwargs.get("params") or {}), **self._extra_query}
        return kwargs

    def _request(self, op: Operation, params: dict[str, Any]) -> dict[str, Any]:
        try:
            kwargs: dict[str, Any] = op.module.build_request(**params)
        except TypeError as exc:  # wrong or missing parameters: name the operation, not ours
            raise TypeError(str(exc).replace("build_request()", f"{op.name}()")) from None
        except AttributeError as exc:  # e.g. a str where the operation serialises a datetime
            raise TypeError(f"{op.name}(): an argument of the wrong type ({exc})") from None
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
        return error_from_response(response, self.vendor.name, self.config.not_found_hint, (key,))

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
        self, op: Operation, response: httpx.Response, api: Any, raw: bool, defer: bool = False
    ) -> tuple[Any, Any]:
        self._check(response)
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
            raise self._decode_error(response, exc) from exc
        if raw:
            return data, MISSING
        if defer:  # the pager builds the models once the next request is on its way
            return data, Deferred(lambda: self._parse_page(op, response, data))
        return data, self._parse_page(op, response, data)

    def _parse_page(self, op: Operation, response: httpx.Response, data: Any) -> Any:
        try:
            return self._parse(op, response, data)
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
        if runtime is None:
            return op.module.parse_body(response.status_code, body)
        if getattr(runtime, "ON_LATE", False) is None:
            tolerance.watch(runtime, self.vendor.name)
        before = runtime.SERIAL
        parsed = op.module.parse_body(response.status_code, body)
        tolerance.settle(parsed, self.strict)
        if before != runtime.SERIAL:
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
            base_url=self.config.base_url,
        )

    def _pager(self, concurrency: int | None) -> tuple[Self, Window]:
        """This client for one listing's pages: a retry wait (429, 5xx) shrinks its window."""
        window = Window(self.concurrency if concurrency is None else concurrency)
        policy = self._policy
        sleep, async_sleep = policy.sleep, policy.async_sleep

        def throttled(seconds: float) -> None:
            if seconds > 0:
                window.shrink()
            sleep(seconds)

        async def async_throttled(seconds: float) -> None:
            if seconds > 0:
                window.shrink()
            await async_sleep(seconds)

        pager = copy.copy(self)
        pager._owns_http = False
        pager._policy = dataclasses.replace(policy, sleep=throttled, async_sleep=async_throttled)
        return pager, window

    def _page_request(
        self, op: Operation, params: dict[str, Any]
    ) -> tuple[dict[str, Any], str | None]:
        """The parameters for the generated operation, and the next-page link to fetch instead."""
        url = params.pop(NEXT_URL, None)
        body = params.get("body")
        if isinstance(body, dict):  # cursor in the body: the generated operation takes a model
            params["body"] = _body_model(op, body)
        return params, url

    def _link_request(self, op: Operation, params: dict[str, Any], url: str) -> dict[str, Any]:
        kwargs = self._extras(self._request(op, params))
        kwargs["url"] = url  # absolute, on the configured origin (checked by the Walker)
        kwargs.pop("params", None)
        return kwargs


class _Body:
    """A request body given as a dict, for generated operations that call ``body.to_dict()``."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return dict(self._data)


def _body_model(op: Operation, body: dict[str, Any]) -> Any:
    """The operation's body model built from ``body`` (its ``from_dict``), else a stand-in."""
    from_dict = _body_from_dict(op.module.build_request)
    return _Body(body) if from_dict is None else from_dict(body)


@functools.cache
def _body_from_dict(build_request: Callable[..., Any]) -> Callable[[Any], Any] | None:
    """The ``from_dict`` of ``build_request``'s body model, looked up once per operation
    (``get_type_hints`` evaluates every annotation: 0.2 ms, on each page of a listing)."""
    import typing

    try:
        model = typing.get_type_hints(build_request).get("body")
    except Exception:  # unresolvable annotations: the stand-in serialises the same dict
        return None
    from_dict = getattr(model, "from_dict", None)
    return from_dict if callable(from_dict) else None


class Client(_Base):
    """A synchronous client for one vendor: ``Client("<vendor>")`` or a named subclass.

    ``region`` applies only to vendors whose registry entry lists regions (others refuse it);
    ``username`` only to vendors with HTTP Basic auth (the key is then the password).
    """

    def __init__(
        self,
        vendor: str | None = None,
        *,
        api_key: str | None = None,
        username: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        http_client: httpx.Client | None = None,
    ) -> None:
        options = _Options(
            api_key=api_key,
            username=username,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure_http=allow_insecure_http,
            retry_policy=retry_policy,
            concurrency=concurrency,
            strict=strict,
        )
        error = self._configure(vendor, options)
        if error is not None:
            del api_key, username, options  # no key in this frame when the traceback shows
            raise error
        inner = ClientTransport(http_client) if http_client else LazyHTTPTransport(LIMITS)
        transport = RetryTransport(
            inner, owns_wrapped=http_client is None, **self._transport_args()
        )
        self._transport = transport
        follow = http_client.follow_redirects if http_client else False
        self._http: httpx.Client = httpx.Client(transport=transport, **self._http_args(follow))
        self._direct = DirectSender(self._http, None if http_client else transport)

    def _bind_api(self, api: Any) -> None:
        http = self._http if self._api_shares_http() else httpx.Client(**self._options_http_args())
        api.set_httpx_client(http)

    def _send(self, op: Operation, params: dict[str, Any]) -> httpx.Response:
        return self._send_kwargs(op, self._extras(self._request(op, params)))

    def _send_link(self, op: Operation, params: dict[str, Any], url: str) -> httpx.Response:
        return self._send_kwargs(op, self._link_request(op, params, url))

    def _send_kwargs(self, op: Operation, kwargs: dict[str, Any]) -> httpx.Response:
        try:
            if (request := self._direct.build(kwargs)) is not None:
                return self._direct.send(request)
            return self._http.request(**kwargs)
        except httpx.TransportError as exc:
            raise self._transport_error(op, exc) from exc

    def call(
        self,
        operation: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> Any:
        """Call a registry operation; its parsed 2xx model, or an ``APIError``."""
        return self._call(operation, params, (timeout, max_retries, extra_headers, extra_query))[0]

    def _call(
        self, operation: str, params: dict[str, Any], options: tuple[Any, Any, Any, Any]
    ) -> tuple[Any, httpx.Response]:
        client = self._per_call(*options)
        op = client.vendor.operation(operation)
        response = client._send(op, params)
        return client._decode(op, response, client._parser_api), response

    @property
    def with_raw_response(self) -> RawResponses:
        """The same calls, returning a ``RawResponse`` (status, headers, request id, parsed):
        ``client.with_raw_response.experiment(id)`` or ``.call("get_experiment", ...)``."""
        return RawResponses(self)

    def paginate(
        self,
        operation: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        concurrency: int | None = None,
        **params: Any,
    ) -> ItemPaged[Any]:
        """Every item of a list operation, fetched lazily page by page.

        Pages are requested ahead of the caller: up to ``concurrency`` (default the client's,
        4) at once for page and offset lists whose total is known, the next one while the
        caller handles the current one otherwise; ``concurrency=1`` fetches on demand only.
        The sync pager starts fetching ahead once requests wait on the server (the first
        page's, or two in a row: ``FETCH_AHEAD_WAIT``); a server that answers at once is read
        on demand.
        """
        client = self._per_call(timeout, max_retries, extra_headers, extra_query)
        op = client.vendor.operation(operation)
        pager, window = client._pager(concurrency)

        def fetch(page_params: dict[str, Any]) -> tuple[Any, Any]:
            args, url = pager._page_request(op, page_params)
            response = pager._send(op, args) if url is None else pager._send_link(op, args, url)
            return pager._decode_page(op, response, pager._parser_api, raw, defer=True)

        walker = self._walker(op, params, page_size, max_items)
        return ItemPaged(fetch, walker, continuation_token, concurrency=window)

    def experiment_results(
        self,
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
    ) -> ResultsPaged:
        """Every run of an experiment with its evaluations (``RunResult``), lazily, resumable.

        Where the evaluations come from is the registry's ``results`` entry for the vendor.
        """
        from evalclients.results import ResultsPaged

        return ResultsPaged(
            self,
            experiment_id,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            raw=raw,
        )

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
        api_key: str | None = None,
        username: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        allow_insecure_http: bool = False,
        retry_policy: RetryPolicy | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        strict: bool = False,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        options = _Options(
            api_key=api_key,
            username=username,
            base_url=base_url,
            region=region,
            timeout=timeout,
            max_retries=max_retries,
            allow_insecure_http=allow_insecure_http,
            retry_policy=retry_policy,
            concurrency=concurrency,
            strict=strict,
        )
        error = self._configure(vendor, options)
        if error is not None:
            del api_key, username, options  # no key in this frame when the traceback shows
            raise error
        inner = AsyncClientTransport(http_client) if http_client else AsyncLazyHTTPTransport(LIMITS)
        transport = AsyncRetryTransport(
            inner, owns_wrapped=http_client is None, **self._transport_args()
        )
        self._transport = transport
        follow = http_client.follow_redirects if http_client else False
        self._http: httpx.AsyncClient = httpx.AsyncClient(
            transport=transport, **self._http_args(follow)
        )
        self._direct = DirectSender(self._http, None if http_client else transport)

    def _bind_api(self, api: Any) -> None:
        if self._api_shares_http():
            api.set_async_httpx_client(self._http)
        else:
            api.set_async_httpx_client(httpx.AsyncClient(**self._options_http_args()))

    async def _send(self, op: Operation, params: dict[str, Any]) -> httpx.Response:
        return await self._send_kwargs(op, self._extras(self._request(op, params)))

    async def _send_link(self, op: Operation, params: dict[str, Any], url: str) -> httpx.Response:
        return await self._send_kwargs(op, self._link_request(op, params, url))

    async def _send_kwargs(self, op: Operation, kwargs: dict[str, Any]) -> httpx.Response:
        try:
            if (request := self._direct.build(kwargs)) is not None:
                return await self._direct.asend(request)
            return await self._http.request(**kwargs)
        except httpx.TransportError as exc:
            raise self._transport_error(op, exc) from exc

    async def call(
        self,
        operation: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> Any:
        """Call a registry operation; its parsed 2xx model, or an ``APIError``."""
        options = (timeout, max_retries, extra_headers, extra_query)
        return (await self._call(operation, params, options))[0]

    async def _call(
        self, operation: str, params: dict[str, Any], options: tuple[Any, Any, Any, Any]
    ) -> tuple[Any, httpx.Response]:
        client = self._per_call(*options)
        op = client.vendor.operation(operation)
        response = await client._send(op, params)
        return client._decode(op, response, client._parser_api), response

    @property
    def with_raw_response(self) -> AsyncRawResponses:
        """The same calls, returning a ``RawResponse`` (status, headers, request id, parsed)."""
        return AsyncRawResponses(self)

    def paginate(
        self,
        operation: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
        prefetch: int = 0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        concurrency: int | None = None,
        **params: Any,
    ) -> AsyncItemPaged[Any]:
        """Every item of a list operation: ``async for item in client.paginate(...)``.

        Pages are requested ahead as by ``Client.paginate`` (``concurrency``). ``prefetch=n``
        also buffers up to ``n`` pages ahead of a slow caller (off by default: it may fetch
        pages a caller that stops early never uses).
        """
        client = self._per_call(timeout, max_retries, extra_headers, extra_query)
        op = client.vendor.operation(operation)
        pager, window = client._pager(concurrency)

        async def fetch(page_params: dict[str, Any]) -> tuple[Any, Any]:
            args, url = pager._page_request(op, page_params)
            if url is None:
                response = await pager._send(op, args)
            else:
                response = await pager._send_link(op, args, url)
            return pager._decode_page(op, response, pager._parser_api, raw)

        return AsyncItemPaged(
            fetch,
            self._walker(op, params, page_size, max_items),
            continuation_token,
            prefetch=prefetch,
            concurrency=window,
        )

    def experiment_results(
        self,
        experiment_id: str,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        continuation_token: str | None = None,
        raw: bool = False,
    ) -> AsyncResultsPaged:
        """Every run of an experiment with its evaluations: ``async for result in ...``."""
        from evalclients.results import AsyncResultsPaged

        return AsyncResultsPaged(
            self,
            experiment_id,
            page_size=page_size,
            max_items=max_items,
            continuation_token=continuation_token,
            raw=raw,
        )

    async def close(self) -> None:
        """Close the connections this client opened (never a caller's own httpx client)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


def _raw(client: _Base, name: str) -> tuple[str, Any]:
    """The registry operation behind a named helper, and how it binds its arguments."""
    from evalclients.operations import GetHelper

    helper = getattr(type(client), name, None)
    if not isinstance(helper, GetHelper):
        raise AttributeError(
            f"{type(client).__name__}.with_raw_response has no {name!r}: it offers call() and "
            "the single-call helpers (a listing has one response per page: use by_page())"
        )
    return helper.operation, helper.bind


class RawResponses:
    """``client.with_raw_response``: each call returns a ``RawResponse``."""

    def __init__(self, client: Client) -> None:
        self._client = client

    def call(
        self,
        operation: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> RawResponse[Any]:
        """``client.call`` with the HTTP answer."""
        options = (timeout, max_retries, extra_headers, extra_query)
        parsed, response = self._client._call(operation, params, options)
        return RawResponse(parsed, response.status_code, response.headers, response)

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        operation, bind = _raw(self._client, name)
        return lambda *args, **kwargs: self.call(operation, **bind(args, kwargs))


class AsyncRawResponses:
    """``async_client.with_raw_response``: each call returns an awaitable ``RawResponse``."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def call(
        self,
        operation: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        **params: Any,
    ) -> RawResponse[Any]:
        """``client.call`` with the HTTP answer."""
        options = (timeout, max_retries, extra_headers, extra_query)
        parsed, response = await self._client._call(operation, params, options)
        return RawResponse(parsed, response.status_code, response.headers, response)

    def __getattr__(self, name: str) -> Callable[..., Awaitable[RawResponse[Any]]]:
        operation, bind = _raw(self._client, name)
        return lambda *args, **kwargs: self.call(operation, **bind(args, kwargs))
