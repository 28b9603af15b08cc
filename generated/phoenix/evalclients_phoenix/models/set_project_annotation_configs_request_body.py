from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetProjectAnnotationConfigsRequestBody")
_FIELDS = frozenset(
    {
        "annotation_config_ids",
    }
)


@_attrs_define
class SetProjectAnnotationConfigsRequestBody:
    """
    Attributes:
        annotation_config_ids (list[str]): The complete set of annotation configuration GlobalIDs that should be
            assigned to the project. Configs not in this list are unassigned; an empty list clears all assignments.
    """

    annotation_config_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        annotation_config_ids = self.annotation_config_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "annotation_config_ids": annotation_config_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        annotation_config_ids: list[str] = d["annotation_config_ids"]

        set_project_annotation_configs_request_body = cls(
            annotation_config_ids,
        )

        if not d.keys() <= _FIELDS:
            set_project_annotation_configs_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return set_project_annotation_configs_request_body

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
