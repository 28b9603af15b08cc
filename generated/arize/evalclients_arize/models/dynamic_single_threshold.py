from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_calculation import ThresholdCalculation, check_threshold_calculation
from ..models.threshold_operator import ThresholdOperator, check_threshold_operator

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
    """
    Attributes:
        calculation (ThresholdCalculation): The statistical calculation used to derive a dynamic threshold.
            - `STDEV` - standard deviation of the metric over the baseline.
            - `MAD` - median absolute deviation of the metric over the baseline.
        multiplier (float): The multiplier applied to the calculation (e.g. number of standard
            deviations) to derive the threshold.
        operator (ThresholdOperator): Numeric comparison operators used when evaluating a computed metric value against
            a threshold.
        type_ (str):
    """

    calculation: ThresholdCalculation
    multiplier: float
    operator: ThresholdOperator
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calculation: str = self.calculation

        multiplier = self.multiplier

        operator: str = self.operator

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calculation": calculation,
                "multiplier": multiplier,
                "operator": operator,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        calculation = check_threshold_calculation(d["calculation"])

        multiplier = d["multiplier"]

        operator = check_threshold_operator(d["operator"])

        type_ = d["type"]

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
