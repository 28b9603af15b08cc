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
from ..models.create_user_api_key_request_key_type import (
    CreateUserApiKeyRequestKeyType,
    check_create_user_api_key_request_key_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUserApiKeyRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "key_type",
        "name",
        "description",
        "expires_at",
    }
)


@_attrs_define
class CreateUserApiKeyRequest:
    """CreateUserApiKeyRequest

    Attributes:
        key_type (CreateUserApiKeyRequestKeyType): Must be `"USER"`.
        name (str): User-defined name for the API key.
        description (str | Unset): Optional user-defined description for the API key.
        expires_at (datetime.datetime | Unset): Optional expiration timestamp. If the account has no maximum API key
            lifetime, omitting this value creates a key that never expires. If a maximum is configured, an omitted value
            defaults to that maximum, and an explicit value exceeding it is rejected with 422.
    """

    key_type: CreateUserApiKeyRequestKeyType | Unset
    name: str | Unset
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
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
            key_type: str = self.key_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            key_type = _as_json(self.key_type)

        name = self.name

        description = self.description

        try:
            expires_at: str | Unset = UNSET
            if not isinstance(self.expires_at, Unset):
                expires_at = self.expires_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            expires_at = _as_json(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        try:
            key_type = check_create_user_api_key_request_key_type(d["key_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            key_type, _drifted = _keep(cls, d, "key_type", "one of USER", "enum", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

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

        _create_user_api_key_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_user_api_key_request_.key_type = key_type
        _create_user_api_key_request_.name = name
        _create_user_api_key_request_.description = description
        _create_user_api_key_request_._expires_at_slot = expires_at  # type: ignore[attr-defined]
        _create_user_api_key_request_.additional_properties = {}
        _create_user_api_key_request_._pending = _pending

        if _extra:
            _create_user_api_key_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_user_api_key_request_, _drifted)
        return _create_user_api_key_request_

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


def _decode_expires_at(self: CreateUserApiKeyRequest, raw: Any) -> Any:
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


_lazy(CreateUserApiKeyRequest, "expires_at", 1, _decode_expires_at)
