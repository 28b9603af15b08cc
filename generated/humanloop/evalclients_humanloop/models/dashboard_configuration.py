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
from ..drift import strs as _strs
from ..models.time_unit import TimeUnit, check_time_unit
from ..types import Unset

T = TypeVar("T", bound="DashboardConfiguration")
_new = object.__new__
_FIELDS = frozenset(
    {
        "model_config_ids",
        "time_range_days",
        "time_unit",
    }
)


@_attrs_define
class DashboardConfiguration:
    """
    Attributes:
        model_config_ids (list[str]):
        time_range_days (int):
        time_unit (TimeUnit): An enumeration.
    """

    model_config_ids: list[str] | Unset
    time_range_days: int | Unset
    time_unit: TimeUnit | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            model_config_ids = self.model_config_ids

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            model_config_ids = _as_json(self.model_config_ids)

        time_range_days = self.time_range_days

        try:
            time_unit: str = self.time_unit
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            time_unit = _as_json(self.time_unit)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model_config_ids": model_config_ids,
                "time_range_days": time_range_days,
                "time_unit": time_unit,
            }
        )

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
            model_config_ids: list[str] = d["model_config_ids"]

            if not (type(model_config_ids) is list and _strs(model_config_ids)):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            model_config_ids, _drifted = _keep(
                cls, d, "model_config_ids", "list[str]", "type", _drifted
            )

        try:
            time_range_days = d["time_range_days"]
            if not (type(time_range_days) is int):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_range_days, _drifted = _keep(cls, d, "time_range_days", "int", "type", _drifted)

        try:
            time_unit = check_time_unit(d["time_unit"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            time_unit, _drifted = _keep(
                cls, d, "time_unit", "one of day, month, week", "enum", _drifted
            )

        _dashboard_configuration_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dashboard_configuration_.model_config_ids = model_config_ids
        _dashboard_configuration_.time_range_days = time_range_days
        _dashboard_configuration_.time_unit = time_unit
        _dashboard_configuration_.additional_properties = {}

        if _extra:
            _dashboard_configuration_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dashboard_configuration_, _drifted)
        return _dashboard_configuration_

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
