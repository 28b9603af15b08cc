from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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

T = TypeVar("T", bound="RefreshApiKeyRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "expires_at",
        "grace_period_seconds",
    }
)


@_attrs_define
class RefreshApiKeyRequest:
    """RefreshApiKeyRequest

    Attributes:
        expires_at (datetime.datetime | Unset): Expiration timestamp for the refreshed key. Required when the existing
            key has an expiry — omitting it would extend the key's lifetime to unbounded, which is rejected with 422. For an
            unbounded existing key, `expires_at` may be omitted (the refreshed key is also unbounded) or provided to add a
            specific expiry. The value must be no later than the old key's expiry — a request that would extend the key's
            lifetime is rejected with 422. To create a key with a longer lifetime, use `POST /v2/api-keys` to issue a new
            key rather than refreshing. If your account limits the maximum API key lifetime, a value beyond that maximum is
            rejected with 422. Providing a compliant value lets you bring a key that exceeds the limit into policy. When the
            existing key has no expiry and `expires_at` is omitted, the refreshed key expires at the maximum lifetime from
            now.
        grace_period_seconds (int | Unset): Grace period in seconds during which the old key remains valid after the
            refresh. When set, the old key's expiration is updated to `now + grace_period_seconds` instead of being
            immediately revoked — it expires naturally at the end of the window. If the old key already has an `expires_at`
            that is sooner than the grace window end, the shorter value is used (the grace period cannot extend a key's
            original lifetime). Defaults to 0 (immediate revocation). Maximum is 86400 (24 hours).
    """

    expires_at: datetime.datetime | Unset = UNSET
    grace_period_seconds: int | Unset = UNSET
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
        try:
            expires_at: str | Unset = UNSET
            if not isinstance(self.expires_at, Unset):
                expires_at = self.expires_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            expires_at = _as_json(self.expires_at)

        grace_period_seconds = self.grace_period_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if grace_period_seconds is not UNSET:
            field_dict["grace_period_seconds"] = grace_period_seconds

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _expires_at_raw = d.get("expires_at", UNSET)
        if _expires_at_raw is UNSET:
            expires_at = UNSET
        elif not _strict:
            expires_at = _expires_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _expires_at = d.get("expires_at", UNSET)
                expires_at: datetime.datetime | Unset
                if _expires_at is UNSET:
                    expires_at = UNSET
                else:
                    expires_at = datetime.datetime.fromisoformat(_expires_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                expires_at, _drifted = _keep(
                    cls, d, "expires_at", "datetime.datetime", "type", _drifted
                )

        try:
            grace_period_seconds = d.get("grace_period_seconds", UNSET)
            if not (type(grace_period_seconds) is int or grace_period_seconds is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            grace_period_seconds, _drifted = _keep(
                cls, d, "grace_period_seconds", "int", "type", _drifted
            )

        _refresh_api_key_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _refresh_api_key_request_._expires_at_slot = expires_at  # type: ignore[attr-defined]
        _refresh_api_key_request_.grace_period_seconds = grace_period_seconds
        _refresh_api_key_request_.additional_properties = {}
        _refresh_api_key_request_._pending = _pending

        if _extra:
            _refresh_api_key_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_refresh_api_key_request_, _drifted)
        return _refresh_api_key_request_

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


def _decode_expires_at(self: RefreshApiKeyRequest, raw: Any) -> Any:
    """``expires_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _expires_at = raw
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        expires_at, _drifted = _keep(
            type(self), {"expires_at": raw}, "expires_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return expires_at


_lazy(RefreshApiKeyRequest, "expires_at", 1, _decode_expires_at)
