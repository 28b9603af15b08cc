"""Client configuration: keys, base URLs and options from arguments, the environment or the
registry, each checked once here (constructor, ``with_options``, per call and CLI alike), so a
mistake is a one-line ``ConfigurationError`` before any request and never shows a secret."""

from __future__ import annotations

import base64
import ipaddress
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict
from urllib.parse import SplitResult, urlsplit

import httpx

from evalclients._defaults import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from evalclients.errors import ConfigurationError
from evalclients.registry import Vendor

__all__ = [
    "REDACTED",
    "ClientConfig",
    "RequestOptions",
    "Secret",
    "check_base_url",
    "check_key",
    "check_max_retries",
    "check_timeout",
]

REDACTED = "***"
_TIMEOUT_PARTS = ("connect", "read", "write", "pool")


class RequestOptions(TypedDict, total=False):
    """Per-call options every helper, ``call`` and ``paginate`` accept (typed for mypy)."""

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    timeout: float | httpx.Timeout
    max_retries: int


class Secret:
    """A string that never shows itself in repr(), str() or f-strings."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        """The secret value, for the one place that must send it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({REDACTED})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _is_loopback(host: str) -> bool:
    if host in ("localhost", "localhost.localdomain") or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_key(value: object, what: str) -> str:
    """``value`` if it can be sent as a credential: printable ASCII without whitespace.

    The message names the position and kind of the first bad character, never the key.
    """
    if not isinstance(value, str):
        raise ConfigurationError(f"{what} must be a string, got {type(value).__name__}")
    if not value:
        raise ConfigurationError(f"{what} is empty")
    for index, ch in enumerate(value):
        if ch in "\r\n\0" or (ord(ch) < 32 or ord(ch) == 127):
            raise ConfigurationError(
                f"{what} contains control characters (position {index + 1}); refusing to send it"
            )
        if ch.isspace():
            raise ConfigurationError(
                f"{what} contains whitespace (position {index + 1} of {len(value)}); "
                "keys have none: check how it was copied"
            )
        if not ch.isascii():
            raise ConfigurationError(
                f"{what} contains a non-ASCII character (position {index + 1} of {len(value)}, "
                f"U+{ord(ch):04X}); keys are printable ASCII: check how it was copied"
            )
    return value


def check_timeout(value: object, what: str = "timeout") -> httpx.Timeout:
    """A positive, finite number of seconds (or an ``httpx.Timeout`` of such, None parts
    meaning no limit) as an ``httpx.Timeout``; anything else is refused in one line."""
    if isinstance(value, httpx.Timeout):
        for part in _TIMEOUT_PARTS:
            seconds = getattr(value, part)
            if seconds is not None:
                _check_seconds(seconds, f"{what}.{part}")
        return value
    return httpx.Timeout(_check_seconds(value, what))


def _check_seconds(value: object, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(
            f"{what} must be a number of seconds, got {type(value).__name__} {value!r:.40}"
        )
    if not math.isfinite(value) or value <= 0:
        raise ConfigurationError(
            f"{what} must be a positive, finite number of seconds, got {value}"
        )
    return float(value)


def check_max_retries(value: object, what: str = "max_retries") -> int:
    """A whole number >= 0; negative, fractional, NaN, infinite or non-numbers are refused."""
    if isinstance(value, bool) or not isinstance(value, int):
        shown = f"{value!r:.40}" if isinstance(value, (int, float, str)) else type(value).__name__
        raise ConfigurationError(f"{what} must be a whole number >= 0, got {shown}")
    if value < 0:
        raise ConfigurationError(f"{what} must be a whole number >= 0, got {value}")
    return value


def _shown(parts: SplitResult) -> str:
    """The URL as it may be shown: user info replaced, never printed."""
    netloc = parts.netloc.rpartition("@")[2]
    if "@" in parts.netloc:
        netloc = f"{REDACTED}@{netloc}"
    return parts._replace(netloc=netloc).geturl()


def check_base_url(url: object, what: str = "base_url") -> str:
    """An absolute http(s) URL without user info, query or fragment, with a valid port."""
    if not isinstance(url, str):
        raise ConfigurationError(f"{what} must be a string, got {type(url).__name__}")
    try:
        parts = urlsplit(url.strip())
    except ValueError as exc:  # an unbalanced "[" of an IPv6 host
        raise ConfigurationError(f"{what} is not a valid URL ({exc})") from None
    shown = _shown(parts)
    if url != url.strip():
        raise ConfigurationError(f"{what} has surrounding whitespace: {shown!r}")
    if any(ord(ch) < 33 or ord(ch) == 127 for ch in url):
        raise ConfigurationError(f"{what} contains whitespace or control characters: {shown!r}")
    if parts.scheme not in ("http", "https"):
        got = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        raise ConfigurationError(
            f"{what} must start with http:// or https://, got {got} in {shown!r}"
        )
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"{what} must not carry user info (user:password@): pass credentials as "
            f"api_key=/username=; got {shown!r}"
        )
    if not parts.hostname:
        raise ConfigurationError(f"{what} has no host: {shown!r}")
    try:
        port = parts.port
    except ValueError:
        port = -1
    if port is not None and not 0 < port < 65536:
        raise ConfigurationError(f"{what} has an invalid port (1-65535): {shown!r}")
    if parts.query or url.endswith("?"):
        raise ConfigurationError(
            f"{what} must not have a query string (it would be dropped from every request): "
            f"{shown!r}"
        )
    if parts.fragment or url.endswith("#"):
        raise ConfigurationError(f"{what} must not have a fragment (#...): {shown!r}")
    return url


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs to reach one vendor, resolved and checked once."""

    vendor: Vendor = field(repr=False)
    base_url: str
    api_key: Secret | None
    timeout: httpx.Timeout
    max_retries: int
    username: str | None = field(default=None, repr=False)
    not_found_hint: str | None = field(default=None, repr=False)
    """Added to 404 messages: the vendor's own, and a missing path prefix."""

    @property
    def vendor_name(self) -> str:
        """The vendor's registry name."""
        return self.vendor.name

    def auth_headers(self) -> dict[str, str]:
        """The header(s) that carry the key, per the vendor's auth scheme."""
        scheme = self.vendor.auth["scheme"]
        if self.api_key is None or scheme == "none":
            return {}
        if scheme == "bearer":
            return {"Authorization": f"Bearer {self.api_key.get()}"}
        if scheme == "basic":
            pair = f"{self.username or ''}:{self.api_key.get()}".encode("ascii")
            return {"Authorization": f"Basic {base64.b64encode(pair).decode('ascii')}"}
        return {self.vendor.auth.get("header", "X-API-Key"): self.api_key.get()}

    @classmethod
    def resolve(
        cls,
        vendor: Vendor,
        *,
        api_key: str | None = None,
        username: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        allow_insecure_http: bool = False,
    ) -> ClientConfig:
        """Apply arguments over environment variables over the registry's defaults."""
        auth = vendor.auth
        key_from = "api_key" if api_key is not None else vendor.api_key_env
        key = api_key if api_key is not None else os.environ.get(vendor.api_key_env) or None
        if key is not None:
            check_key(key, key_from)
        elif auth["required"]:
            raise ConfigurationError(
                f"{vendor.display_name} needs an API key: pass api_key=... "
                f"or set {vendor.api_key_env}"
            )
        user = cls._username(vendor, username)
        url, hint = cls._base_url(vendor, base_url, region)
        host = urlsplit(url).hostname or ""
        if url.startswith("http:") and key and not _is_loopback(host) and not allow_insecure_http:
            raise ConfigurationError(
                f"refusing to send an API key over plain http to {host}; "
                "use https or pass allow_insecure_http=True"
            )
        hints = [h for h in (vendor.not_found_hint, hint) if h]
        return cls(
            vendor=vendor,
            base_url=url,
            api_key=Secret(key) if key is not None else None,
            timeout=DEFAULT_TIMEOUT if timeout is None else check_timeout(timeout),
            max_retries=DEFAULT_MAX_RETRIES
            if max_retries is None
            else check_max_retries(max_retries),
            username=user,
            not_found_hint="; ".join(hints) or None,
        )

    @staticmethod
    def _username(vendor: Vendor, username: str | None) -> str | None:
        if vendor.auth["scheme"] != "basic":
            if username is not None:
                raise ConfigurationError(
                    f"{vendor.display_name} takes no username (its key is sent alone)"
                )
            return None
        env = vendor.auth.get("username_env")
        user = username if username is not None else (os.environ.get(env) if env else None) or None
        if user is None:
            if vendor.auth["required"]:
                where = f" or set {env}" if env else ""
                raise ConfigurationError(
                    f"{vendor.display_name} needs a username: pass username=...{where}"
                )
            return None
        check_key(user, "username" if username is not None else str(env))
        if ":" in user:
            raise ConfigurationError("username must not contain ':' (HTTP Basic separates with it)")
        return user

    @staticmethod
    def _base_url(vendor: Vendor, base_url: str | None, region: str | None) -> tuple[str, str]:
        """The checked base URL without a final "/", and a 404 hint ("" when none)."""
        what = "base_url"
        if region is not None:
            if not vendor.regions or vendor.region_url is None:
                raise ConfigurationError(f"{vendor.display_name} has no regions")
            if region not in vendor.regions:
                raise ConfigurationError(
                    f"unknown {vendor.display_name} region {region!r}; "
                    f"choose one of: {', '.join(vendor.regions)}"
                )
            if base_url is not None:
                raise ConfigurationError("pass either base_url or region, not both")
            url = vendor.region_url.format(region=region)
        elif base_url is not None:
            url = base_url
        elif vendor.base_url_env and (env := os.environ.get(vendor.base_url_env)):
            url, what = env, vendor.base_url_env
        else:
            url = vendor.base_url
        url = check_base_url(url, what).rstrip("/")
        prefix = vendor.path_prefix
        if not prefix:
            return url, ""
        path = urlsplit(url).path
        if not vendor.base_url.rstrip("/").endswith(prefix):
            # The generated paths already carry the prefix (e.g. /v2): accept both spellings.
            return (url[: -len(prefix)] if path.endswith(prefix) else url), ""
        if path.endswith(prefix):
            return url, ""
        if not path:
            return url + prefix, ""  # the bare origin: the API lives under the prefix
        return url, (
            f"{vendor.display_name}'s API lives under {prefix}; "
            f"the base URL path {path!r} does not end with it"
        )
