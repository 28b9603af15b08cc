from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.threshold_operator import ThresholdOperator, check_threshold_operator

T = TypeVar("T", bound="ManualSingleThreshold")
_FIELDS = frozenset(
    {
        "operator",
        "type",
        "value",
    }
)


@_attrs_define
class ManualSingleThreshold:
    """
    Attributes:
        operator (ThresholdOperator): Numeric comparison operators used when evaluating a computed metric value against
            a threshold.
        type_ (str):
        value (float): The threshold value the computed metric is compared against.
    """

    operator: ThresholdOperator
    type_: str
    value: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str = self.operator

        type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operator": operator,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        operator = check_threshold_operator(d["operator"])

        type_ = d["type"]

        value = d["value"]

        manual_single_threshold = cls(
            operator,
            type_,
            value,
        )

        if not d.keys() <= _FIELDS:
            manual_single_threshold.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return manual_single_threshold

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
