from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_operator import ThresholdOperator, check_threshold_operator
from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicThresholdBound")
_FIELDS = frozenset(
    {
        "multiplier",
        "operator",
    }
)


@_attrs_define
class DynamicThresholdBound:
    """DynamicThresholdBound

    Attributes:
        multiplier (float | Unset): The multiplier applied to the calculation (e.g. number of standard deviations) to
            derive this bound.
        operator (ThresholdOperator | Unset): Numeric comparison operators used when evaluating a computed metric value
            against a threshold.
    """

    multiplier: float | Unset = UNSET
    operator: ThresholdOperator | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        multiplier = self.multiplier

        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if operator is not UNSET:
            field_dict["operator"] = operator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        multiplier = d.get("multiplier", UNSET)

        _operator = d.get("operator", UNSET)
        operator: ThresholdOperator | Unset
        if _operator is UNSET:
            operator = UNSET
        else:
            operator = check_threshold_operator(_operator)

        dynamic_threshold_bound = cls(
            multiplier,
            operator,
        )

        if not d.keys() <= _FIELDS:
            dynamic_threshold_bound.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return dynamic_threshold_bound

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
