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

T = TypeVar("T", bound="DowntimeConfig")
_new = object.__new__
_FIELDS = frozenset(
    {
        "duration_seconds",
        "frequency_days",
        "start",
    }
)


@_attrs_define
class DowntimeConfig:
    """DowntimeConfig

    Attributes:
        duration_seconds (int | Unset): How long each downtime window lasts, in seconds.
        frequency_days (int | Unset): How often the downtime window repeats, in days.
        start (datetime.datetime | Unset): When the downtime window begins.
    """

    duration_seconds: int | Unset = UNSET
    frequency_days: int | Unset = UNSET
    start: datetime.datetime | Unset = UNSET
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
        duration_seconds = self.duration_seconds

        frequency_days = self.frequency_days

        try:
            start: str | Unset = UNSET
            if not isinstance(self.start, Unset):
                start = self.start.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            start = _as_json(self.start)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if frequency_days is not UNSET:
            field_dict["frequency_days"] = frequency_days
        if start is not UNSET:
            field_dict["start"] = start

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
            duration_seconds = d.get("duration_seconds", UNSET)
            if not (type(duration_seconds) is int or duration_seconds is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            duration_seconds, _drifted = _keep(cls, d, "duration_seconds", "int", "type", _drifted)

        try:
            frequency_days = d.get("frequency_days", UNSET)
            if not (type(frequency_days) is int or frequency_days is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            frequency_days, _drifted = _keep(cls, d, "frequency_days", "int", "type", _drifted)

        _start_raw = d.get("start", UNSET)
        if _start_raw is UNSET:
            start = UNSET
        elif not _strict:
            start = _start_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _start = d.get("start", UNSET)
                start: datetime.datetime | Unset
                if _start is UNSET:
                    start = UNSET
                else:
                    start = datetime.datetime.fromisoformat(_start)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                start, _drifted = _keep(cls, d, "start", "datetime.datetime", "type", _drifted)

        _downtime_config_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _downtime_config_.duration_seconds = duration_seconds
        _downtime_config_.frequency_days = frequency_days
        _downtime_config_._start_slot = start  # type: ignore[attr-defined]
        _downtime_config_.additional_properties = {}
        _downtime_config_._pending = _pending

        if _extra:
            _downtime_config_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_downtime_config_, _drifted)
        return _downtime_config_

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


def _decode_start(self: DowntimeConfig, raw: Any) -> Any:
    """``start`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _start = raw
        start: datetime.datetime | Unset
        if _start is UNSET:
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        start, _drifted = _keep(
            type(self), {"start": raw}, "start", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return start


_lazy(DowntimeConfig, "start", 1, _decode_start)
