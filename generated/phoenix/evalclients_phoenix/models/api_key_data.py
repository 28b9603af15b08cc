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

T = TypeVar("T", bound="ApiKeyData")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "description",
        "expires_at",
    }
)


@_attrs_define
class ApiKeyData:
    """
    Attributes:
        name (str): A human-readable name for the API key.
        description (None | str | Unset): An optional description of what the API key is for.
        expires_at (datetime.datetime | None | Unset): When the API key expires. The key never expires when omitted.
    """

    name: str | Unset
    description: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
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
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat()
            else:
                expires_at = self.expires_at
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            expires_at = _as_json(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            description: None | str | Unset = d.get("description", UNSET)

            if not (description is None or type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "None | str", "type", _drifted)

        _expires_at_raw = d.get("expires_at", UNSET)
        if _expires_at_raw is UNSET:
            expires_at = UNSET
        elif not _strict:
            expires_at = _expires_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _expires_at = d.get("expires_at", UNSET)
                expires_at = (
                    _expires_at
                    if _expires_at is None or _expires_at is UNSET
                    else datetime.datetime.fromisoformat(_expires_at)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                expires_at, _drifted = _keep(
                    cls, d, "expires_at", "datetime.datetime | None", "union", _drifted
                )

        _api_key_data_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _api_key_data_.name = name
        _api_key_data_.description = description
        _api_key_data_._expires_at_slot = expires_at  # type: ignore[attr-defined]
        _api_key_data_.additional_properties = {}
        _api_key_data_._pending = _pending

        if _extra:
            _api_key_data_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_api_key_data_, _drifted)
        return _api_key_data_

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


def _decode_expires_at(self: ApiKeyData, raw: Any) -> Any:
    """``expires_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _expires_at = raw
        expires_at = (
            _expires_at
            if _expires_at is None or _expires_at is UNSET
            else datetime.datetime.fromisoformat(_expires_at)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        expires_at, _drifted = _keep(
            type(self),
            {"expires_at": raw},
            "expires_at",
            "datetime.datetime | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return expires_at


_lazy(ApiKeyData, "expires_at", 1, _decode_expires_at)
