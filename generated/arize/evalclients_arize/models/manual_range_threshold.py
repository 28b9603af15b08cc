from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.manual_range_threshold_type import (
    ManualRangeThresholdType,
    check_manual_range_threshold_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.manual_threshold_bound import ManualThresholdBound


T = TypeVar("T", bound="ManualRangeThreshold")
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

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
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
        _lower = d.get("lower", UNSET)
        lower: ManualThresholdBound | Unset
        if _lower is UNSET:
            lower = UNSET
        else:
            lower = ManualThresholdBound.from_dict(_lower)

        _type_ = d.get("type", UNSET)
        type_: ManualRangeThresholdType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_manual_range_threshold_type(_type_)

        _upper = d.get("upper", UNSET)
        upper: ManualThresholdBound | Unset
        if _upper is UNSET:
            upper = UNSET
        else:
            upper = ManualThresholdBound.from_dict(_upper)

        manual_range_threshold = cls(
            lower,
            type_,
            upper,
        )

        if not d.keys() <= _FIELDS:
            manual_range_threshold.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return manual_range_threshold

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
    global _LAZY_PENDING, ManualThresholdBound
    from ..models.manual_threshold_bound import ManualThresholdBound  # noqa: PLC0415

    _LAZY_PENDING = False
