from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.space_role_assignment_type import (
    SpaceRoleAssignmentType,
    check_space_role_assignment_type,
)
from ..models.user_space_role import UserSpaceRole, check_user_space_role

T = TypeVar("T", bound="PredefinedRoleAssignmentRequest")
_FIELDS = frozenset(
    {
        "name",
        "type",
    }
)


@_attrs_define
class PredefinedRoleAssignmentRequest:
    """A predefined space role assignment in a write request (strict form of PredefinedRoleAssignment).

    Attributes:
        name (UserSpaceRole): Space-level role for the user. - `ADMIN`: Full access to the space and its resources. -
            `MEMBER`: Standard access to the space. - `READ_ONLY`: Read-only access to the space. - `ANNOTATOR`: Limited
            access for annotation tasks only.
        type_ (SpaceRoleAssignmentType): SpaceRoleAssignmentType
    """

    name: UserSpaceRole
    type_: SpaceRoleAssignmentType
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
        name = check_user_space_role(d["name"])

        type_ = check_space_role_assignment_type(d["type"])

        predefined_role_assignment_request = cls(
            name,
            type_,
        )

        if not d.keys() <= _FIELDS:
            predefined_role_assignment_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return predefined_role_assignment_request

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
