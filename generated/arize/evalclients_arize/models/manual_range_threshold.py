from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    """
    Attributes:
        lower (ManualThresholdBound):
        type_ (str):
        upper (ManualThresholdBound):
    """

    lower: ManualThresholdBound
    type_: str
    upper: ManualThresholdBound
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        lower = self.lower.to_dict()

        type_ = self.type_

        upper = self.upper.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        lower = ManualThresholdBound.from_dict(d["lower"])

        type_ = d["type"]

        upper = ManualThresholdBound.from_dict(d["upper"])

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
