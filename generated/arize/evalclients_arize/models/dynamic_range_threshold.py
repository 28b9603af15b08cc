from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_calculation import ThresholdCalculation, check_threshold_calculation

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
    """
    Attributes:
        calculation (ThresholdCalculation): The statistical calculation used to derive a dynamic threshold.
            - `STDEV` - standard deviation of the metric over the baseline.
            - `MAD` - median absolute deviation of the metric over the baseline.
        lower (DynamicThresholdBound):
        type_ (str):
        upper (DynamicThresholdBound):
    """

    calculation: ThresholdCalculation
    lower: DynamicThresholdBound
    type_: str
    upper: DynamicThresholdBound
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        calculation: str = self.calculation

        lower = self.lower.to_dict()

        type_ = self.type_

        upper = self.upper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calculation": calculation,
                "lower": lower,
                "type": type_,
                "upper": upper,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        calculation = check_threshold_calculation(d["calculation"])

        lower = DynamicThresholdBound.from_dict(d["lower"])

        type_ = d["type"]

        upper = DynamicThresholdBound.from_dict(d["upper"])

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
