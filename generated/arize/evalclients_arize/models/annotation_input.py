from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnnotationInput")
_FIELDS = frozenset(
    {
        "name",
        "label",
        "score",
        "text",
    }
)


@_attrs_define
class AnnotationInput:
    """An annotation value to set on a record, identified by its annotation config name. Omitting a field leaves the
    existing value unchanged.

        Attributes:
            name (str): The annotation config name
            label (str | Unset): Categorical label for the annotation. Omit to leave unchanged.
            score (float | Unset): Numeric score for the annotation. Omit to leave unchanged.
            text (str | Unset): Free-form text note for the annotation. Omit to leave unchanged.
    """

    name: str
    label: str | Unset = UNSET
    score: float | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        score = self.score

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if score is not UNSET:
            field_dict["score"] = score
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        label = d.get("label", UNSET)

        score = d.get("score", UNSET)

        text = d.get("text", UNSET)

        annotation_input = cls(
            name,
            label,
            score,
            text,
        )

        if not d.keys() <= _FIELDS:
            annotation_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return annotation_input

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
