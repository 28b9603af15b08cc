from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetPromptVersionLabelsRequest")
_FIELDS = frozenset(
    {
        "labels",
    }
)


@_attrs_define
class SetPromptVersionLabelsRequest:
    """Labels to set on a prompt version.

    Attributes:
        labels (list[str]): Array of label names to set on the version. Replaces all existing labels on this version.
            Pass an empty array to remove all labels from this version. Labels are unique per prompt — a label can only be
            assigned to one version at a time. If a label in this array is currently assigned to a different version of the
            same prompt, it will be moved to this version automatically (no error is raised).
    """

    labels: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "labels": labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        labels: list[str] = d["labels"]

        set_prompt_version_labels_request = cls(
            labels,
        )

        if not d.keys() <= _FIELDS:
            set_prompt_version_labels_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return set_prompt_version_labels_request

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
