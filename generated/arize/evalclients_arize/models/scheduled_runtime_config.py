from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import only_ints as _only_ints
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

T = TypeVar("T", bound="ScheduledRuntimeConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "cadence_seconds",
        "days_of_week",
        "enabled",
    }
)


@_attrs_define
class ScheduledRuntimeConfig:
    """ScheduledRuntimeConfig

    Attributes:
        cadence_seconds (int | Unset): How often the monitor evaluates, in seconds.
        days_of_week (list[int] | Unset): Days of the week the monitor runs on (`0` = Sunday … `6` = Saturday).
        enabled (bool | Unset): Whether the monitor runs on a schedule. `false` means automatic scheduled evaluation is
            disabled.
    """

    cadence_seconds: int | Unset = UNSET
    days_of_week: list[int] | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        cadence_seconds = self.cadence_seconds

        try:
            days_of_week: list[int] | Unset = UNSET
            if not isinstance(self.days_of_week, Unset):
                days_of_week = self.days_of_week

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            days_of_week = _as_json(self.days_of_week)

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cadence_seconds is not UNSET:
            field_dict["cadence_seconds"] = cadence_seconds
        if days_of_week is not UNSET:
            field_dict["days_of_week"] = days_of_week
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

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
            cadence_seconds = d.get("cadence_seconds", UNSET)
            if not (type(cadence_seconds) is int or cadence_seconds is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            cadence_seconds, _drifted = _keep(cls, d, "cadence_seconds", "int", "type", _drifted)

        try:
            days_of_week: list[int] = d.get("days_of_week", UNSET)

            if not (
                (type(days_of_week) is list and _only_ints(map(type, days_of_week)))
                or days_of_week is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            days_of_week, _drifted = _keep(cls, d, "days_of_week", "list[int]", "type", _drifted)

        try:
            enabled = d.get("enabled", UNSET)
            if not (type(enabled) is bool or enabled is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            enabled, _drifted = _keep(cls, d, "enabled", "bool", "type", _drifted)

        _scheduled_runtime_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _scheduled_runtime_config_.cadence_seconds = cadence_seconds
        _scheduled_runtime_config_.days_of_week = days_of_week
        _scheduled_runtime_config_.enabled = enabled
        _scheduled_runtime_config_.additional_properties = {}

        if _extra:
            _scheduled_runtime_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_scheduled_runtime_config_, _drifted)
        return _scheduled_runtime_config_

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
