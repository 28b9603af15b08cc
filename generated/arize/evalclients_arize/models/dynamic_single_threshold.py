from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dynamic_single_threshold_type import (
    DynamicSingleThresholdType,
    check_dynamic_single_threshold_type,
)
from ..models.threshold_calculation import ThresholdCalculation, check_threshold_calculation
from ..models.threshold_operator import ThresholdOperator, check_threshold_operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicSingleThreshold")
_FIELDS = frozenset(
    {
        "calculation",
        "multiplier",
        "operator",
        "type",
    }
)


@_attrs_define
class DynamicSingleThreshold:
    """DynamicSingleThreshold

    Attributes:
        calculation (ThresholdCalculation | Unset): The statistical calculation used to derive a dynamic threshold. -
            `STDEV` - standard deviation of the metric over the baseline. - `MAD` - median absolute deviation of the metric
            over the baseline.
        multiplier (float | Unset): The multiplier applied to the calculation (e.g. number of standard deviations) to
            derive the threshold.
        operator (ThresholdOperator | Unset): Numeric comparison operators used when evaluating a computed metric value
            against a threshold.
        type_ (DynamicSingleThresholdType | Unset): Identifies this threshold as a single value derived from a
            statistical calculation.
    """

    calculation: ThresholdCalculation | Unset = UNSET
    multiplier: float | Unset = UNSET
    operator: ThresholdOperator | Unset = UNSET
    type_: DynamicSingleThresholdType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation: str | Unset = UNSET
        if not isinstance(self.calculation, Unset):
            calculation = self.calculation

        multiplier = self.multiplier

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calculation is not UNSET:
            field_dict["calculation"] = calculation
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if operator is not UNSET:
            field_dict["operator"] = operator
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _calculation = d.get("calculation", UNSET)
        calculation: ThresholdCalculation | Unset
        if _calculation is UNSET:
            calculation = UNSET
        else:
            calculation = check_threshold_calculation(_calculation)

        multiplier = d.get("multiplier", UNSET)

        _operator = d.get("operator", UNSET)
        operator: ThresholdOperator | Unset
        if _operator is UNSET:
            operator = UNSET
        else:
            operator = check_threshold_operator(_operator)

        _type_ = d.get("type", UNSET)
        type_: DynamicSingleThresholdType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_dynamic_single_threshold_type(_type_)

        dynamic_single_threshold = cls(
            calculation,
            multiplier,
            operator,
            type_,
        )

        if not d.keys() <= _FIELDS:
            dynamic_single_threshold.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dynamic_single_threshold

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
