from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluatorJudgmentNumberLimit")
_FIELDS = frozenset(
    {
        "max",
        "min",
        "step",
    }
)


@_attrs_define
class EvaluatorJudgmentNumberLimit:
    """
    Attributes:
        max_ (float | Unset): The maximum value that can be selected.
        min_ (float | Unset): The minimum value that can be selected.
        step (float | Unset): The step size for the number input.
    """

    max_: float | Unset = UNSET
    min_: float | Unset = UNSET
    step: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        min_ = self.min_

        step = self.step

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if max_ is not UNSET:
            field_dict["max"] = max_
        if min_ is not UNSET:
            field_dict["min"] = min_
        if step is not UNSET:
            field_dict["step"] = step

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        max_ = d.get("max", UNSET)

        min_ = d.get("min", UNSET)

        step = d.get("step", UNSET)

        evaluator_judgment_number_limit = cls(
            max_,
            min_,
            step,
        )

        if not d.keys() <= _FIELDS:
            evaluator_judgment_number_limit.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return evaluator_judgment_number_limit

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
