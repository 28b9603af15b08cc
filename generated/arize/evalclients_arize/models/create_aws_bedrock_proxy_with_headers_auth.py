from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.create_aws_bedrock_proxy_with_headers_auth_auth_type import (
    CreateAwsBedrockProxyWithHeadersAuthAuthType,
    check_create_aws_bedrock_proxy_with_headers_auth_auth_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,
    )


T = TypeVar("T", bound="CreateAwsBedrockProxyWithHeadersAuth")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_type",
        "base_url",
        "headers",
    }
)


@_attrs_define
class CreateAwsBedrockProxyWithHeadersAuth:
    """Create proxy auth. `base_url` is required. `headers` is write-only; names are returned as `header_names` on read.

    Attributes:
        auth_type (CreateAwsBedrockProxyWithHeadersAuthAuthType): Discriminator identifying proxy auth.
        base_url (str): Proxy URL requests are forwarded to (HTTPS).
        headers (CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset): Custom request headers sent to the proxy, as a
            name-to-value map. Write-only: values are never returned; names are exposed as `header_names` on read. Defaults
            to no headers. The serialized header map must not exceed 8,175 bytes.
    """

    auth_type: CreateAwsBedrockProxyWithHeadersAuthAuthType | Unset
    base_url: str | Unset
    headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            auth_type: str = self.auth_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        base_url = self.base_url

        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
                "base_url": base_url,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            auth_type = check_create_aws_bedrock_proxy_with_headers_auth_auth_type(d["auth_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of PROXY_WITH_HEADERS", "enum", _drifted
            )

        try:
            base_url = d["base_url"]
            if not (type(base_url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            base_url, _drifted = _keep(cls, d, "base_url", "str", "type", _drifted)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset
                if _headers is UNSET:
                    headers = UNSET
                else:
                    headers = CreateAwsBedrockProxyWithHeadersAuthHeaders.from_dict(_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls,
                    d,
                    "headers",
                    "CreateAwsBedrockProxyWithHeadersAuthHeaders",
                    "type",
                    _drifted,
                )

        _create_aws_bedrock_proxy_with_headers_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_aws_bedrock_proxy_with_headers_auth_.auth_type = auth_type
        _create_aws_bedrock_proxy_with_headers_auth_.base_url = base_url
        _create_aws_bedrock_proxy_with_headers_auth_._headers_slot = headers  # type: ignore[attr-defined]
        _create_aws_bedrock_proxy_with_headers_auth_.additional_properties = {}
        _create_aws_bedrock_proxy_with_headers_auth_._pending = _pending

        if _extra:
            _create_aws_bedrock_proxy_with_headers_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_aws_bedrock_proxy_with_headers_auth_, _drifted)
        return _create_aws_bedrock_proxy_with_headers_auth_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _decode_headers(self: CreateAwsBedrockProxyWithHeadersAuth, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers: CreateAwsBedrockProxyWithHeadersAuthHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateAwsBedrockProxyWithHeadersAuthHeaders.from_dict(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self),
            {"headers": raw},
            "headers",
            "CreateAwsBedrockProxyWithHeadersAuthHeaders",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(CreateAwsBedrockProxyWithHeadersAuth, "headers", 1, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateAwsBedrockProxyWithHeadersAuthHeaders
    from ..models.create_aws_bedrock_proxy_with_headers_auth_headers import (
        CreateAwsBedrockProxyWithHeadersAuthHeaders,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
