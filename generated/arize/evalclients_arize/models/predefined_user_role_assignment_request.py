from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.user_role import UserRole, check_user_role
from ..models.user_role_assignment_type import (
    UserRoleAssignmentType,
    check_user_role_assignment_type,
)

T = TypeVar("T", bound="PredefinedUserRoleAssignmentRequest")
_FIELDS = frozenset(
    {
        "name",
        "type",
    }
)


@_attrs_define
class PredefinedUserRoleAssignmentRequest:
    """A predefined account-level role assignment in a write request (strict form of PredefinedUserRoleAssignment).

    Attributes:
        name (UserRole): Account-level role of the user. These are pre-defined roles in Arize.
        type_ (UserRoleAssignmentType): UserRoleAssignmentType
    """

    name: UserRole
    type_: UserRoleAssignmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str = self.name

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = check_user_role(d["name"])

        type_ = check_user_role_assignment_type(d["type"])

        predefined_user_role_assignment_request = cls(
            name,
            type_,
        )

        if not d.keys() <= _FIELDS:
            predefined_user_role_assignment_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return predefined_user_role_assignment_request

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
