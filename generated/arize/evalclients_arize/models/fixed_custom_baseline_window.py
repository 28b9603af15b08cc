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
from ..models.fixed_custom_baseline_window_type import (
    FixedCustomBaselineWindowType,
    check_fixed_custom_baseline_window_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="FixedCustomBaselineWindow")
_new = object.__new__
_FIELDS = frozenset(
    {
        "fixed_end_date",
        "fixed_start_date",
        "type",
    }
)


@_attrs_define
class FixedCustomBaselineWindow:
    """A custom comparison dataset using data between a fixed start and end date.

    Attributes:
        fixed_end_date (datetime.datetime | Unset): The end of the fixed comparison window.
        fixed_start_date (datetime.datetime | Unset): The start of the fixed comparison window.
        type_ (FixedCustomBaselineWindowType | Unset): Identifies this comparison window as a fixed date range.
    """

    fixed_end_date: datetime.datetime | Unset = UNSET
    fixed_start_date: datetime.datetime | Unset = UNSET
    type_: FixedCustomBaselineWindowType | Unset = UNSET
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
            fixed_end_date: str | Unset = UNSET
            if not isinstance(self.fixed_end_date, Unset):
                fixed_end_date = self.fixed_end_date.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            fixed_end_date = _as_json(self.fixed_end_date)

        try:
            fixed_start_date: str | Unset = UNSET
            if not isinstance(self.fixed_start_date, Unset):
                fixed_start_date = self.fixed_start_date.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            fixed_start_date = _as_json(self.fixed_start_date)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fixed_end_date is not UNSET:
            field_dict["fixed_end_date"] = fixed_end_date
        if fixed_start_date is not UNSET:
            field_dict["fixed_start_date"] = fixed_start_date
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        _fixed_end_date_raw = d.get("fixed_end_date", UNSET)
        if _fixed_end_date_raw is UNSET:
            fixed_end_date = UNSET
        elif not _strict:
            fixed_end_date = _fixed_end_date_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _fixed_end_date = d.get("fixed_end_date", UNSET)
                fixed_end_date: datetime.datetime | Unset
                if _fixed_end_date is UNSET:
                    fixed_end_date = UNSET
                else:
                    fixed_end_date = datetime.datetime.fromisoformat(_fixed_end_date)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                fixed_end_date, _drifted = _keep(
                    cls, d, "fixed_end_date", "datetime.datetime", "type", _drifted
                )

        _fixed_start_date_raw = d.get("fixed_start_date", UNSET)
        if _fixed_start_date_raw is UNSET:
            fixed_start_date = UNSET
        elif not _strict:
            fixed_start_date = _fixed_start_date_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _fixed_start_date = d.get("fixed_start_date", UNSET)
                fixed_start_date: datetime.datetime | Unset
                if _fixed_start_date is UNSET:
                    fixed_start_date = UNSET
                else:
                    fixed_start_date = datetime.datetime.fromisoformat(_fixed_start_date)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                fixed_start_date, _drifted = _keep(
                    cls, d, "fixed_start_date", "datetime.datetime", "type", _drifted
                )

        try:
            _type_ = d.get("type", UNSET)
            type_: FixedCustomBaselineWindowType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_fixed_custom_baseline_window_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of FIXED", "enum", _drifted)

        _fixed_custom_baseline_window_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _fixed_custom_baseline_window_._fixed_end_date_slot = fixed_end_date  # type: ignore[attr-defined]
        _fixed_custom_baseline_window_._fixed_start_date_slot = fixed_start_date  # type: ignore[attr-defined]
        _fixed_custom_baseline_window_.type_ = type_
        _fixed_custom_baseline_window_.additional_properties = {}
        _fixed_custom_baseline_window_._pending = _pending

        if _extra:
            _fixed_custom_baseline_window_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_fixed_custom_baseline_window_, _drifted)
        return _fixed_custom_baseline_window_

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


def _decode_fixed_end_date(self: FixedCustomBaselineWindow, raw: Any) -> Any:
    """``fixed_end_date`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _fixed_end_date = raw
        fixed_end_date: datetime.datetime | Unset
        if _fixed_end_date is UNSET:
            fixed_end_date = UNSET
        else:
            fixed_end_date = datetime.datetime.fromisoformat(_fixed_end_date)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        fixed_end_date, _drifted = _keep(
            type(self),
            {"fixed_end_date": raw},
            "fixed_end_date",
            "datetime.datetime",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return fixed_end_date


_lazy(FixedCustomBaselineWindow, "fixed_end_date", 1, _decode_fixed_end_date)


def _decode_fixed_start_date(self: FixedCustomBaselineWindow, raw: Any) -> Any:
    """``fixed_start_date`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _fixed_start_date = raw
        fixed_start_date: datetime.datetime | Unset
        if _fixed_start_date is UNSET:
            fixed_start_date = UNSET
        else:
            fixed_start_date = datetime.datetime.fromisoformat(_fixed_start_date)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        fixed_start_date, _drifted = _keep(
            type(self),
            {"fixed_start_date": raw},
            "fixed_start_date",
            "datetime.datetime",
            "type",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return fixed_start_date


_lazy(FixedCustomBaselineWindow, "fixed_start_date", 2, _decode_fixed_start_date)
