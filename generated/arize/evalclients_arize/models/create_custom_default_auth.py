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
from ..models.create_custom_default_auth_auth_type import (
    CreateCustomDefaultAuthAuthType,
    check_create_custom_default_auth_auth_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomDefaultAuth")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_type",
        "api_key",
    }
)


@_attrs_define
class CreateCustomDefaultAuth:
    """API-key auth. `api_key` is optional — a custom endpoint may require no credential at all. On PATCH this block
    replaces the stored auth wholesale, so omitting `api_key` clears any stored key rather than leaving it unchanged;
    send the key again to keep it.

        Attributes:
            auth_type (CreateCustomDefaultAuthAuthType): Discriminator identifying API-key auth.
            api_key (str | Unset): API key for the endpoint (write-only, never returned).
    """

    auth_type: CreateCustomDefaultAuthAuthType | Unset
    api_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            auth_type: str = self.auth_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_type = _as_json(self.auth_type)

        api_key = self.api_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_type": auth_type,
            }
        )
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

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
            auth_type = check_create_custom_default_auth_auth_type(d["auth_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_type, _drifted = _keep(cls, d, "auth_type", "one of DEFAULT", "enum", _drifted)

        try:
            api_key = d.get("api_key", UNSET)
            if not (type(api_key) is str or api_key is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            api_key, _drifted = _keep(cls, d, "api_key", "str", "type", _drifted)

        _create_custom_default_auth_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_custom_default_auth_.auth_type = auth_type
        _create_custom_default_auth_.api_key = api_key
        _create_custom_default_auth_.additional_properties = {}

        if _extra:
            _create_custom_default_auth_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_custom_default_auth_, _drifted)
        return _create_custom_default_auth_

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
