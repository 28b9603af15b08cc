"""Client configuration: keys and base URLs from arguments, the environment or the registry."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field

import httpx

from evalclients.errors import ConfigurationError
from evalclients.registry import Vendor

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
REDACTED = "***"


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


def _check_header_safe(value: str, what: str) -> None:
    if any(ch in value for ch in "\r\n\0") or not value.isprintable():
        raise ConfigurationError(f"{what} contains control characters; refusing to send it")


@dataclass(frozen=True)
class ClientConfig:
    """Everything a client needs to reach one vendor, resolved once."""

    vendor: Vendor = field(repr=False)
    base_url: str
    api_key: Secret | None
    timeout: httpx.Timeout
    max_retries: int

    @property
    def vendor_name(self) -> str:
        """The vendor's registry name."""
        return self.vendor.name

    def auth_headers(self) -> dict[str, str]:
        """The header(s) that carry the key, per the vendor's auth scheme."""
        if self.api_key is None or self.vendor.auth["scheme"] == "none":
            return {}
        if self.vendor.auth["scheme"] == "bearer":
            return {"Authorization": f"Bearer {self.api_key.get()}"}
        return {self.vendor.auth.get("header", "X-API-Key"): self.api_key.get()}

    @classmethod
    def resolve(
        cls,
        vendor: Vendor,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        allow_insecure_http: bool = False,
    ) -> ClientConfig:
        """Apply arguments over environment variables over the registry's defaults."""
        key = api_key if api_key is not None else os.environ.get(vendor.api_key_env) or None
        if key is not None:
            _check_header_safe(key, "api_key")
        elif vendor.auth["required"]:
            raise ConfigurationError(
                f"{vendor.display_name} needs an API key: pass api_key=... "
                f"or set {vendor.api_key_env}"
            )
        url = cls._base_url(vendor, base_url, region)
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError(f"base_url must be an http(s) URL, got {url!r}")
        if (
            parsed.scheme == "http"
            and key
            and not _is_loopback(parsed.host)
            and not allow_insecure_http
        ):
            raise ConfigurationError(
                f"refusing to send an API key over plain http to {parsed.host}; "
                "use https or pass allow_insecure_http=True"
            )
        if max_retries is not None and max_retries < 0:
            raise ConfigurationError("max_retries must be >= 0")
        return cls(
            vendor=vendor,
            base_url=url,
            api_key=Secret(key) if key is not None else None,
            timeout=timeout
            if isinstance(timeout, httpx.Timeout)
            else DEFAULT_TIMEOUT
            if timeout is None
            else httpx.Timeout(timeout),
            max_retries=DEFAULT_MAX_RETRIES if max_retries is None else max_retries,
        )

    @staticmethod
    def _base_url(vendor: Vendor, base_url: str | None, region: str | None) -> str:
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
        else:
            env = os.environ.get(vendor.base_url_env) if vendor.base_url_env else None
            url = base_url or env or vendor.base_url
        url = url.rstrip("/")
        # The generated paths already carry the API version (e.g. /v2): accept both spellings.
        if vendor.path_prefix and url.endswith(vendor.path_prefix):
            url = url[: -len(vendor.path_prefix)]
        return url
