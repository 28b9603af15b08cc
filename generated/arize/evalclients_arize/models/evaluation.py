from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Evaluation")
_FIELDS = frozenset(
    {
        "name",
        "explanation",
        "label",
        "score",
    }
)


@_attrs_define
class Evaluation:
    """An evaluation result on a record.

    Attributes:
        name (str): The name of the evaluation
        explanation (str | Unset): Explanation for the evaluation result
        label (str | Unset): Categorical label for the evaluation
        score (float | Unset): Numeric score for the evaluation
    """

    name: str
    explanation: str | Unset = UNSET
    label: str | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        explanation = self.explanation

        label = self.label

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if explanation is not UNSET:
            field_dict["explanation"] = explanation
        if label is not UNSET:
            field_dict["label"] = label
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        explanation = d.get("explanation", UNSET)

        label = d.get("label", UNSET)

        score = d.get("score", UNSET)

        evaluation = cls(
            name,
            explanation,
            label,
            score,
        )

        if not d.keys() <= _FIELDS:
            evaluation.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return evaluation

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
