from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectRetentionPolicyData")
_FIELDS = frozenset(
    {
        "policy_id",
        "project_id",
    }
)


@_attrs_define
class ProjectRetentionPolicyData:
    """
    Attributes:
        policy_id (None | str): The retention policy the project now uses, or null when the project falls back to the
            default policy.
        project_id (str):
    """

    policy_id: None | str
    project_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_id: None | str
        policy_id = self.policy_id

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_id": policy_id,
                "project_id": project_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        policy_id: None | str = d["policy_id"]

        project_id = d["project_id"]

        project_retention_policy_data = cls(
            policy_id,
            project_id,
        )

        if not d.keys() <= _FIELDS:
            project_retention_policy_data.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return project_retention_policy_data

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
