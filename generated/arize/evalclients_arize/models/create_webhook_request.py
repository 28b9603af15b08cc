from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.webhook_auth_type import WebhookAuthType, check_webhook_auth_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders


T = TypeVar("T", bound="CreateWebhookRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "organization_id",
        "url",
        "auth_token",
        "auth_type",
        "description",
        "headers",
        "timeout_ms",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("name", "name", True, 0, "name = _j_name\nif not (type(name) is str):\n    raise TypeError"),
    (
        "organization_id",
        "organization_id",
        True,
        0,
        "organization_id = _j_organization_id\nif not (type(organization_id) is str):\n    raise TypeError",
    ),
    ("url", "url", True, 0, "url = _j_url\nif not (type(url) is str):\n    raise TypeError"),
    (
        "auth_token",
        "auth_token",
        False,
        0,
        "auth_token = _j_auth_token\nif not (type(auth_token) is str or auth_token is UNSET):\n    raise TypeError",
    ),
    (
        "auth_type",
        "auth_type",
        False,
        0,
        "_auth_type = _j_auth_type\nauth_type: WebhookAuthType | Unset\nif _auth_type is UNSET:\n    auth_type = UNSET\nelse:\n    auth_type = check_webhook_auth_type(_auth_type)",
    ),
    (
        "description",
        "description",
        False,
        0,
        "description = _j_description\nif not (type(description) is str or description is UNSET):\n    raise TypeError",
    ),
    ("headers", "_headers_slot", False, 1, ""),
    (
        "timeout_ms",
        "timeout_ms",
        False,
        0,
        "timeout_ms = _j_timeout_ms\nif not (type(timeout_ms) is int or timeout_ms is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class CreateWebhookRequest:
    """CreateWebhookRequest

    Attributes:
        name (str): Name of the webhook (must be unique within the organization)
        organization_id (str): The unique identifier of the organization to create the webhook in
        url (str): The HTTPS endpoint events are delivered to
        auth_token (str | Unset): The complete `Authorization` header value sent with each delivery request, e.g.
            `Bearer my-token`. Sent verbatim — include the `Bearer ` prefix if your endpoint expects one. Only valid when
            `auth_type` is `BEARER`. Write-only: never returned in any response.
        auth_type (WebhookAuthType | Unset): How deliveries from this webhook are authenticated. - `BEARER`: the stored
            `auth_token` is sent verbatim as the   `Authorization` header of each delivery request. - `HMAC_SHA256`: each
            delivery is signed with the webhook's signing   secret. The `X-Arize-Webhook-Signature` header carries
            `v1=<hex-encoded HMAC-SHA256>` computed over   `<timestamp>.<raw request body>`, where `<timestamp>` is the
            Unix-seconds value from the `X-Arize-Webhook-Timestamp` header and the   raw body is the exact bytes received.
            Deliveries also carry   `X-Arize-Webhook-Id` (event identifier) and `X-Arize-Webhook-Event`   (event type). To
            verify, recompute the HMAC over the received   timestamp and raw body with your stored secret and compare it to
            the   signature.
        description (str | Unset): A brief description of the webhook's purpose. Defaults to an empty string if omitted.
        headers (CreateWebhookRequestHeaders | Unset): Custom HTTP headers sent with each delivery request, as a map of
            at most 20 header names to values. Header names must be valid HTTP header names; connection-management headers
            (e.g. `Host`, `Content-Length`) are rejected. Write-only: never returned in any response.
        timeout_ms (int | Unset): How long a delivery request may run before it is abandoned, in milliseconds. Defaults
            to 30000 if omitted.
    """

    name: str | Unset
    organization_id: str | Unset
    url: str | Unset
    auth_token: str | Unset = UNSET
    auth_type: WebhookAuthType | Unset = UNSET
    description: str | Unset = UNSET
    headers: CreateWebhookRequestHeaders | Unset = UNSET
    timeout_ms: int | Unset = UNSET
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
        name = self.name

        organization_id = self.organization_id

        url = self.url

        auth_token = self.auth_token

        try:
            auth_type: str | Unset = UNSET
            if not isinstance(self.auth_type, Unset):
                auth_type = self.auth_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        description = self.description

        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        timeout_ms = self.timeout_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "organization_id": organization_id,
                "url": url,
            }
        )
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            organization_id = d["organization_id"]
            if not (type(organization_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            organization_id, _drifted = _keep(cls, d, "organization_id", "str", "type", _drifted)

        try:
            url = d["url"]
            if not (type(url) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url, _drifted = _keep(cls, d, "url", "str", "type", _drifted)

        try:
            auth_token = d.get("auth_token", UNSET)
            if not (type(auth_token) is str or auth_token is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_token, _drifted = _keep(cls, d, "auth_token", "str", "type", _drifted)

        try:
            _auth_type = d.get("auth_type", UNSET)
            auth_type: WebhookAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_webhook_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(
                cls, d, "auth_type", "one of BEARER, HMAC_SHA256", "enum", _drifted
            )

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers: CreateWebhookRequestHeaders | Unset
                if _headers is UNSET:
                    headers = UNSET
                else:
                    headers = CreateWebhookRequestHeaders.from_dict(_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls, d, "headers", "CreateWebhookRequestHeaders", "type", _drifted
                )

        try:
            timeout_ms = d.get("timeout_ms", UNSET)
            if not (type(timeout_ms) is int or timeout_ms is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            timeout_ms, _drifted = _keep(cls, d, "timeout_ms", "int", "type", _drifted)

        _create_webhook_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_webhook_request_.name = name
        _create_webhook_request_.organization_id = organization_id
        _create_webhook_request_.url = url
        _create_webhook_request_.auth_token = auth_token
        _create_webhook_request_.auth_type = auth_type
        _create_webhook_request_.description = description
        _create_webhook_request_._headers_slot = headers  # type: ignore[attr-defined]
        _create_webhook_request_.timeout_ms = timeout_ms
        _create_webhook_request_.additional_properties = {}
        _create_webhook_request_._pending = _pending

        if _extra:
            _create_webhook_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_webhook_request_, _drifted)
        return _create_webhook_request_

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


def _decode_headers(self: CreateWebhookRequest, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers: CreateWebhookRequestHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = CreateWebhookRequestHeaders.from_dict(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self), {"headers": raw}, "headers", "CreateWebhookRequestHeaders", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(CreateWebhookRequest, "headers", 1, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CreateWebhookRequestHeaders
    from ..models.create_webhook_request_headers import CreateWebhookRequestHeaders  # noqa: PLC0415

    _LAZY_PENDING = False
