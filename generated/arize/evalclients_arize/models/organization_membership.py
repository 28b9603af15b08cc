from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_custom_role_assignment import OrganizationCustomRoleAssignment
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,
    )


T = TypeVar("T", bound="OrganizationMembership")
_FIELDS = frozenset(
    {
        "id",
        "organization_id",
        "role",
        "user_id",
    }
)


@_attrs_define
class OrganizationMembership:
    """OrganizationMembership

    Attributes:
        id (str | Unset): Unique identifier for the membership record
        organization_id (str | Unset): The unique identifier of the organization
        role (OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset): A role assignment for an
            organization membership. Discriminated by `type`: - `PREDEFINED`: one of the predefined roles (`ADMIN`,
            `MEMBER`, `READ_ONLY`, `ANNOTATOR`) - `CUSTOM`: a custom RBAC role identified by its ID
        user_id (str | Unset): The unique identifier of the user
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    role: OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        id = self.id

        organization_id = self.organization_id

        role: dict[str, Any] | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, OrganizationPredefinedRoleAssignment):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if role is not UNSET:
            field_dict["role"] = role
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        id = d.get("id", UNSET)

        organization_id = d.get("organization_id", UNSET)

        role = _parse_role(d.get("role", UNSET))

        user_id = d.get("user_id", UNSET)

        organization_membership = cls(
            id,
            organization_id,
            role,
            user_id,
        )

        if not d.keys() <= _FIELDS:
            organization_membership.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return organization_membership

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


def _parse_role(
    data: object,
) -> OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_organization_role_assignment_type_0 = (
            OrganizationPredefinedRoleAssignment.from_dict(data)
        )

        return componentsschemas_organization_role_assignment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_organization_role_assignment_type_1 = (
        OrganizationCustomRoleAssignment.from_dict(data)
    )

    return componentsschemas_organization_role_assignment_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OrganizationCustomRoleAssignment, OrganizationPredefinedRoleAssignment
    from ..models.organization_custom_role_assignment import OrganizationCustomRoleAssignment  # noqa: PLC0415
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
