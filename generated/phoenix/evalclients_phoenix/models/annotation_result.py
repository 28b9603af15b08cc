from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationResult")
_FIELDS = frozenset(
    {
        "explanation",
        "label",
        "score",
    }
)


@_attrs_define
class AnnotationResult:
    """
    Attributes:
        explanation (None | str | Unset): Explanation of the annotation result
        label (None | str | Unset): The label assigned by the annotation
        score (float | None | Unset): The score assigned by the annotation
    """

    explanation: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        explanation: None | str | Unset
        if isinstance(self.explanation, Unset):
            explanation = UNSET
        else:
            explanation = self.explanation

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        explanation: None | str | Unset = d.get("explanation", UNSET)

        label: None | str | Unset = d.get("label", UNSET)

        score: float | None | Unset = d.get("score", UNSET)

        annotation_result = cls(
            explanation,
            label,
            score,
        )

        if not d.keys() <= _FIELDS:
            annotation_result.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotation_result

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
