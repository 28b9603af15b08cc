from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manual_single_threshold_type import (
    ManualSingleThresholdType,
    check_manual_single_threshold_type,
)
from ..models.threshold_operator import ThresholdOperator, check_threshold_operator
from ..types import UNSET, Unset

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
    """ManualSingleThreshold

    Attributes:
        operator (ThresholdOperator | Unset): Numeric comparison operators used when evaluating a computed metric value
            against a threshold.
        type_ (ManualSingleThresholdType | Unset): Identifies this threshold as a single, manually-set value.
        value (float | Unset): The threshold value the computed metric is compared against.
    """

    operator: ThresholdOperator | Unset = UNSET
    type_: ManualSingleThresholdType | Unset = UNSET
    value: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operator: str | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operator is not UNSET:
            field_dict["operator"] = operator
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _operator = d.get("operator", UNSET)
        operator: ThresholdOperator | Unset
        if _operator is UNSET:
            operator = UNSET
        else:
            operator = check_threshold_operator(_operator)

        _type_ = d.get("type", UNSET)
        type_: ManualSingleThresholdType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_manual_single_threshold_type(_type_)

        value = d.get("value", UNSET)

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
