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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_request_headers import UpdateWebhookRequestHeaders


T = TypeVar("T", bound="UpdateWebhookRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_token",
        "description",
        "headers",
        "name",
        "timeout_ms",
        "url",
    }
)


@_attrs_define
class UpdateWebhookRequest:
    """UpdateWebhookRequest

    Attributes:
        auth_token (str | Unset): Replacement `Authorization` header value sent with each delivery request, e.g. `Bearer
            my-token`. Sent verbatim — include the `Bearer ` prefix if your endpoint expects one. Only valid when the
            webhook's `auth_type` is `BEARER`. Write-only: never returned in any response.
        description (None | str | Unset): Updated description of the webhook. Set to `null` to clear it.
        headers (UpdateWebhookRequestHeaders | Unset): Replacement custom HTTP headers, as a map of at most 20 header
            names to values. Replaces the whole header map; headers not included are removed. Write-only: never returned in
            any response.
        name (str | Unset): Updated name of the webhook (must be unique within the organization)
        timeout_ms (int | Unset): Updated delivery timeout in milliseconds
        url (str | Unset): Updated HTTPS endpoint events are delivered to
    """

    auth_token: str | Unset = UNSET
    description: None | str | Unset = UNSET
    headers: UpdateWebhookRequestHeaders | Unset = UNSET
    name: str | Unset = UNSET
    timeout_ms: int | Unset = UNSET
    url: str | Unset = UNSET
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
        auth_token = self.auth_token

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.headers, Unset):
                headers = self.headers.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            headers = _as_json(self.headers)

        name = self.name

        timeout_ms = self.timeout_ms

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_token is not UNSET:
            field_dict["auth_token"] = auth_token
        if description is not UNSET:
            field_dict["description"] = description
        if headers is not UNSET:
            field_dict["headers"] = headers
        if name is not UNSET:
            field_dict["name"] = name
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if url is not UNSET:
            field_dict["url"] = url

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
            auth_token = d.get("auth_token", UNSET)
            if not (type(auth_token) is str or auth_token is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_token, _drifted = _keep(cls, d, "auth_token", "str", "type", _drifted)

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _headers_raw = d.get("headers", UNSET)
        if _headers_raw is UNSET:
            headers = UNSET
        elif not _strict:
            headers = _headers_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _headers = d.get("headers", UNSET)
                headers: UpdateWebhookRequestHeaders | Unset
                if _headers is UNSET:
                    headers = UNSET
                else:
                    headers = UpdateWebhookRequestHeaders.from_dict(_headers)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                headers, _drifted = _keep(
                    cls, d, "headers", "UpdateWebhookRequestHeaders", "type", _drifted
                )

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            timeout_ms = d.get("timeout_ms", UNSET)
            if not (type(timeout_ms) is int or timeout_ms is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            timeout_ms, _drifted = _keep(cls, d, "timeout_ms", "int", "type", _drifted)

        try:
            url = d.get("url", UNSET)
            if not (type(url) is str or url is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            url, _drifted = _keep(cls, d, "url", "str", "type", _drifted)

        _update_webhook_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _update_webhook_request_.auth_token = auth_token
        _update_webhook_request_.description = description
        _update_webhook_request_._headers_slot = headers  # type: ignore[attr-defined]
        _update_webhook_request_.name = name
        _update_webhook_request_.timeout_ms = timeout_ms
        _update_webhook_request_.url = url
        _update_webhook_request_.additional_properties = {}
        _update_webhook_request_._pending = _pending

        if _extra:
            _update_webhook_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_update_webhook_request_, _drifted)
        return _update_webhook_request_

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


def _decode_headers(self: UpdateWebhookRequest, raw: Any) -> Any:
    """``headers`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _headers = raw
        headers: UpdateWebhookRequestHeaders | Unset
        if _headers is UNSET:
            headers = UNSET
        else:
            headers = UpdateWebhookRequestHeaders.from_dict(_headers)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        headers, _drifted = _keep(
            type(self), {"headers": raw}, "headers", "UpdateWebhookRequestHeaders", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return headers


_lazy(UpdateWebhookRequest, "headers", 1, _decode_headers)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, UpdateWebhookRequestHeaders
    from ..models.update_webhook_request_headers import UpdateWebhookRequestHeaders  # noqa: PLC0415

    _LAZY_PENDING = False
