from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SetProjectRetentionPolicyRequestBody")
_FIELDS = frozenset(
    {
        "policy_id",
    }
)


@_attrs_define
class SetProjectRetentionPolicyRequestBody:
    """
    Attributes:
        policy_id (None | str): The ID (GlobalID) of an existing trace retention policy to assign, or null to reset the
            project to the default policy.
    """

    policy_id: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy_id: None | str
        policy_id = self.policy_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy_id": policy_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        policy_id: None | str = d["policy_id"]

        set_project_retention_policy_request_body = cls(
            policy_id,
        )

        if not d.keys() <= _FIELDS:
            set_project_retention_policy_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return set_project_retention_policy_request_body

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
