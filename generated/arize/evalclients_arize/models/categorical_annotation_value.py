from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoricalAnnotationValue")
_FIELDS = frozenset(
    {
        "label",
        "score",
    }
)


@_attrs_define
class CategoricalAnnotationValue:
    """CategoricalAnnotationValue

    Attributes:
        label (str | Unset): The label value
        score (float | Unset): A score to associate with the label
    """

    label: str | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        label = d.get("label", UNSET)

        score = d.get("score", UNSET)

        categorical_annotation_value = cls(
            label,
            score,
        )

        if not d.keys() <= _FIELDS:
            categorical_annotation_value.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return categorical_annotation_value

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
