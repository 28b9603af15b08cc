from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.custom_default_auth_auth_type import (
    CustomDefaultAuthAuthType,
    check_custom_default_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomDefaultAuth")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_type",
        "has_api_key",
    }
)


@_attrs_define
class CustomDefaultAuth:
    """API-key auth for a custom endpoint. The key surfaces as `has_api_key`; the key itself is never returned. A custom
    endpoint may require no credential at all, in which case `has_api_key` is false.

        Attributes:
            auth_type (CustomDefaultAuthAuthType | Unset): Discriminator identifying API-key auth.
            has_api_key (bool | Unset): Whether an API key is configured (the key itself is never returned).
    """

    auth_type: CustomDefaultAuthAuthType | Unset = UNSET
    has_api_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            auth_type: str | Unset = UNSET
            if not isinstance(self.auth_type, Unset):
                auth_type = self.auth_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        has_api_key = self.has_api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_type is not UNSET:
            field_dict["auth_type"] = auth_type
        if has_api_key is not UNSET:
            field_dict["has_api_key"] = has_api_key

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            _auth_type = d.get("auth_type", UNSET)
            auth_type: CustomDefaultAuthAuthType | Unset
            if _auth_type is UNSET:
                auth_type = UNSET
            else:
                auth_type = check_custom_default_auth_auth_type(_auth_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(cls, d, "auth_type", "one of DEFAULT", "enum", _drifted)

        try:
            has_api_key = d.get("has_api_key", UNSET)
            if not (type(has_api_key) is bool or has_api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            has_api_key, _drifted = _keep(cls, d, "has_api_key", "bool", "type", _drifted)

        _custom_default_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _custom_default_auth_.auth_type = auth_type
        _custom_default_auth_.has_api_key = has_api_key
        _custom_default_auth_.additional_properties = {}

        if _extra:
            _custom_default_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_custom_default_auth_, _drifted)
        return _custom_default_auth_

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
