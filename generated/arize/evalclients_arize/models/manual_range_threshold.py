from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

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
from ..models.manual_range_threshold_type import (
    ManualRangeThresholdType,
    check_manual_range_threshold_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_threshold_bound import ManualThresholdBound


T = TypeVar("T", bound="ManualRangeThreshold")
_new = object.__new__
_FIELDS = frozenset(
    {
        "lower",
        "type",
        "upper",
    }
)


@_attrs_define
class ManualRangeThreshold:
    """ManualRangeThreshold

    Attributes:
        lower (ManualThresholdBound | Unset): ManualThresholdBound
        type_ (ManualRangeThresholdType | Unset): Identifies this threshold as a manually-set lower/upper bound range.
        upper (ManualThresholdBound | Unset): ManualThresholdBound
    """

    lower: ManualThresholdBound | Unset = UNSET
    type_: ManualRangeThresholdType | Unset = UNSET
    upper: ManualThresholdBound | Unset = UNSET
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
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            lower: dict[str, Any] | Unset = UNSET
            if not isinstance(self.lower, Unset):
                lower = self.lower.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            lower = _as_json(self.lower)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            upper: dict[str, Any] | Unset = UNSET
            if not isinstance(self.upper, Unset):
                upper = self.upper.to_dict()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            upper = _as_json(self.upper)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lower is not UNSET:
            field_dict["lower"] = lower
        if type_ is not UNSET:
            field_dict["type"] = type_
        if upper is not UNSET:
            field_dict["upper"] = upper

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _lower_raw = d.get("lower", UNSET)
        if _lower_raw is UNSET:
            lower = UNSET
        elif not _strict:
            lower = _lower_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _lower = d.get("lower", UNSET)
                lower: ManualThresholdBound | Unset
                if _lower is UNSET:
                    lower = UNSET
                else:
                    lower = ManualThresholdBound.from_dict(_lower)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                lower, _drifted = _keep(cls, d, "lower", "ManualThresholdBound", "type", _drifted)

        try:
            _type_ = d.get("type", UNSET)
            type_: ManualRangeThresholdType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_manual_range_threshold_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of MANUAL_RANGE", "enum", _drifted)

        _upper_raw = d.get("upper", UNSET)
        if _upper_raw is UNSET:
            upper = UNSET
        elif not _strict:
            upper = _upper_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _upper = d.get("upper", UNSET)
                upper: ManualThresholdBound | Unset
                if _upper is UNSET:
                    upper = UNSET
                else:
                    upper = ManualThresholdBound.from_dict(_upper)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                upper, _drifted = _keep(cls, d, "upper", "ManualThresholdBound", "type", _drifted)

        _manual_range_threshold_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _manual_range_threshold_._lower_slot = lower  # type: ignore[attr-defined]
        _manual_range_threshold_.type_ = type_
        _manual_range_threshold_._upper_slot = upper  # type: ignore[attr-defined]
        _manual_range_threshold_.additional_properties = {}
        _manual_range_threshold_._pending = _pending

        if _extra:
            _manual_range_threshold_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_manual_range_threshold_, _drifted)
        return _manual_range_threshold_

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


def _decode_lower(self: ManualRangeThreshold, raw: Any) -> Any:
    """``lower`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _lower = raw
        lower: ManualThresholdBound | Unset
        if _lower is UNSET:
            lower = UNSET
        else:
            lower = ManualThresholdBound.from_dict(_lower)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        lower, _drifted = _keep(
            type(self), {"lower": raw}, "lower", "ManualThresholdBound", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return lower


_lazy(ManualRangeThreshold, "lower", 1, _decode_lower)


def _decode_upper(self: ManualRangeThreshold, raw: Any) -> Any:
    """``upper`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _upper = raw
        upper: ManualThresholdBound | Unset
        if _upper is UNSET:
            upper = UNSET
        else:
            upper = ManualThresholdBound.from_dict(_upper)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        upper, _drifted = _keep(
            type(self), {"upper": raw}, "upper", "ManualThresholdBound", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return upper


_lazy(ManualRangeThreshold, "upper", 2, _decode_upper)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ManualThresholdBound
    from ..models.manual_threshold_bound import ManualThresholdBound  # noqa: PLC0415

    _LAZY_PENDING = False
