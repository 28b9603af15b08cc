from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.organization_role_assignment_type import (
    OrganizationRoleAssignmentType,
    check_organization_role_assignment_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationCustomRoleAssignment")
_FIELDS = frozenset(
    {
        "id",
        "name",
        "type",
    }
)


@_attrs_define
class OrganizationCustomRoleAssignment:
    """A custom RBAC role assignment.

    Attributes:
        id (str | Unset): The unique identifier of the custom RBAC role.
        name (str | Unset): Human-readable name of the custom role. Returned in responses only; ignored on input.
        type_ (OrganizationRoleAssignmentType | Unset): OrganizationRoleAssignmentType
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: OrganizationRoleAssignmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _type_ = d.get("type", UNSET)
        type_: OrganizationRoleAssignmentType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            type_ = check_organization_role_assignment_type(_type_)

        organization_custom_role_assignment = cls(
            id,
            name,
            type_,
        )

        if not d.keys() <= _FIELDS:
            organization_custom_role_assignment.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return organization_custom_role_assignment

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
