from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dynamic_range_threshold_type import (
    DynamicRangeThresholdType,
    check_dynamic_range_threshold_type,
)
from ..models.threshold_calculation import ThresholdCalculation, check_threshold_calculation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_threshold_bound import DynamicThresholdBound


T = TypeVar("T", bound="DynamicRangeThreshold")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        calculation: str | Unset = UNSET
        if not isinstance(self.calculation, Unset):
            calculation = self.calculation

        lower: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lower, Unset):
            lower = self.lower.to_dict()

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        upper: dict[str, Any] | Unset = UNSET
        if not isinstance(self.upper, Unset):
            upper = self.upper.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _calculation = d.get("calculation", UNSET)
        calculation: ThresholdCalculation | Unset
        if _calculation is UNSET:
            calculation = UNSET
        else:
            calculation = check_threshold_calculation(_calculation)

        _lower = d.get("lower", UNSET)
        lower: DynamicThresholdBound | Unset
        if _lower is UNSET:
            lower = UNSET
        else:
            lower = DynamicThresholdBound.from_dict(_lower)

        _type_ = d.get("type", UNSET)
        type_: DynamicRangeThresholdType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_dynamic_range_threshold_type(_type_)

        _upper = d.get("upper", UNSET)
        upper: DynamicThresholdBound | Unset
        if _upper is UNSET:
            upper = UNSET
        else:
            upper = DynamicThresholdBound.from_dict(_upper)

        dynamic_range_threshold = cls(
            calculation,
            lower,
            type_,
            upper,
        )

        if not d.keys() <= _FIELDS:
            dynamic_range_threshold.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dynamic_range_threshold

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, DynamicThresholdBound
    from ..models.dynamic_threshold_bound import DynamicThresholdBound  # noqa: PLC0415

    _LAZY_PENDING = False
