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
from ..models.dynamic_range_threshold_type import (
    DynamicRangeThresholdType,
    check_dynamic_range_threshold_type,
)
from ..models.threshold_calculation import ThresholdCalculation, check_threshold_calculation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_threshold_bound import DynamicThresholdBound


T = TypeVar("T", bound="DynamicRangeThreshold")
_new = object.__new__
_FIELDS = frozenset(
    {
        "calculation",
        "lower",
        "type",
        "upper",
    }
)


@_attrs_define
class DynamicRangeThreshold:
    """DynamicRangeThreshold

    Attributes:
        calculation (ThresholdCalculation | Unset): The statistical calculation used to derive a dynamic threshold. -
            `STDEV` - standard deviation of the metric over the baseline. - `MAD` - median absolute deviation of the metric
            over the baseline.
        lower (DynamicThresholdBound | Unset): DynamicThresholdBound
        type_ (DynamicRangeThresholdType | Unset): Identifies this threshold as a lower/upper bound range derived from a
            statistical calculation.
        upper (DynamicThresholdBound | Unset): DynamicThresholdBound
    """

    calculation: ThresholdCalculation | Unset = UNSET
    lower: DynamicThresholdBound | Unset = UNSET
    type_: DynamicRangeThresholdType | Unset = UNSET
    upper: DynamicThresholdBound | Unset = UNSET
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
            calculation: str | Unset = UNSET
            if not isinstance(self.calculation, Unset):
                calculation = self.calculation

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            calculation = _as_json(self.calculation)

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
        if calculation is not UNSET:
            field_dict["calculation"] = calculation
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
        try:
            _calculation = d.get("calculation", UNSET)
            calculation: ThresholdCalculation | Unset
            if _calculation is UNSET:
                calculation = UNSET
            else:
                calculation = check_threshold_calculation(_calculation)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            calculation, _drifted = _keep(
                cls, d, "calculation", "one of MAD, STDEV", "enum", _drifted
            )

        _lower_raw = d.get("lower", UNSET)
        if _lower_raw is UNSET:
            lower = UNSET
        elif not _strict:
            lower = _lower_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _lower = d.get("lower", UNSET)
                lower: DynamicThresholdBound | Unset
                if _lower is UNSET:
                    lower = UNSET
                else:
                    lower = DynamicThresholdBound.from_dict(_lower)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                lower, _drifted = _keep(cls, d, "lower", "DynamicThresholdBound", "type", _drifted)

        try:
            _type_ = d.get("type", UNSET)
            type_: DynamicRangeThresholdType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_dynamic_range_threshold_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of DYNAMIC_RANGE", "enum", _drifted)

        _upper_raw = d.get("upper", UNSET)
        if _upper_raw is UNSET:
            upper = UNSET
        elif not _strict:
            upper = _upper_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _upper = d.get("upper", UNSET)
                upper: DynamicThresholdBound | Unset
                if _upper is UNSET:
                    upper = UNSET
                else:
                    upper = DynamicThresholdBound.from_dict(_upper)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                upper, _drifted = _keep(cls, d, "upper", "DynamicThresholdBound", "type", _drifted)

        _dynamic_range_threshold_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _dynamic_range_threshold_.calculation = calculation
        _dynamic_range_threshold_._lower_slot = lower  # type: ignore[attr-defined]
        _dynamic_range_threshold_.type_ = type_
        _dynamic_range_threshold_._upper_slot = upper  # type: ignore[attr-defined]
        _dynamic_range_threshold_.additional_properties = {}
        _dynamic_range_threshold_._pending = _pending

        if _extra:
            _dynamic_range_threshold_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_dynamic_range_threshold_, _drifted)
        return _dynamic_range_threshold_

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


def _decode_lower(self: DynamicRangeThreshold, raw: Any) -> Any:
    """``lower`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _lower = raw
        lower: DynamicThresholdBound | Unset
        if _lower is UNSET:
            lower = UNSET
        else:
            lower = DynamicThresholdBound.from_dict(_lower)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        lower, _drifted = _keep(
            type(self), {"lower": raw}, "lower", "DynamicThresholdBound", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return lower


_lazy(DynamicRangeThreshold, "lower", 1, _decode_lower)


def _decode_upper(self: DynamicRangeThreshold, raw: Any) -> Any:
    """``upper`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _upper = raw
        upper: DynamicThresholdBound | Unset
        if _upper is UNSET:
            upper = UNSET
        else:
            upper = DynamicThresholdBound.from_dict(_upper)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        upper, _drifted = _keep(
            type(self), {"upper": raw}, "upper", "DynamicThresholdBound", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return upper


_lazy(DynamicRangeThreshold, "upper", 2, _decode_upper)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DynamicThresholdBound
    from ..models.dynamic_threshold_bound import DynamicThresholdBound  # noqa: PLC0415

    _LAZY_PENDING = False
