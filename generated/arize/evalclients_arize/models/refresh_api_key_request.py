from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RefreshApiKeyRequest")
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

    def to_dict(self) -> dict[str, Any]:
        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        grace_period_seconds = self.grace_period_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if grace_period_seconds is not UNSET:
            field_dict["grace_period_seconds"] = grace_period_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        grace_period_seconds = d.get("grace_period_seconds", UNSET)

        refresh_api_key_request = cls(
            expires_at,
            grace_period_seconds,
        )

        if not d.keys() <= _FIELDS:
            refresh_api_key_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return refresh_api_key_request

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
