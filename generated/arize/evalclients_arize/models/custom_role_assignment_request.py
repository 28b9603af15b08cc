from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.space_role_assignment_type import (
    SpaceRoleAssignmentType,
    check_space_role_assignment_type,
)

T = TypeVar("T", bound="CustomRoleAssignmentRequest")
_FIELDS = frozenset(
    {
        "id",
        "type",
    }
)


@_attrs_define
class CustomRoleAssignmentRequest:
    """A custom RBAC role assignment in a write request (strict form of CustomRoleAssignment).

    Attributes:
        id (str): The unique identifier of the custom RBAC role.
        type_ (SpaceRoleAssignmentType): SpaceRoleAssignmentType
    """

    id: str
    type_: SpaceRoleAssignmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        type_ = check_space_role_assignment_type(d["type"])

        custom_role_assignment_request = cls(
            id,
            type_,
        )

        if not d.keys() <= _FIELDS:
            custom_role_assignment_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return custom_role_assignment_request

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
