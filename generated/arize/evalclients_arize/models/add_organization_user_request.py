from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,
    )


T = TypeVar("T", bound="AddOrganizationUserRequest")
_FIELDS = frozenset(
    {
        "role",
        "user_id",
    }
)


@_attrs_define
class AddOrganizationUserRequest:
    """AddOrganizationUserRequest

    Attributes:
        role (OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest): Strict request
            form of OrganizationRoleAssignment. Used in write request bodies. - `PREDEFINED`: `{ "type": "PREDEFINED",
            "name": "ADMIN" | "MEMBER" | "READ_ONLY" | "ANNOTATOR" }` - `CUSTOM`: `{ "type": "CUSTOM", "id": "<encoded-role-
            id>" }`
        user_id (str): The unique identifier of the user to add
    """

    role: OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        role: dict[str, Any]
        if isinstance(self.role, OrganizationPredefinedRoleAssignmentRequest):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "user_id": user_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        role = _parse_role(d["role"])

        user_id = d["user_id"]

        add_organization_user_request = cls(
            role,
            user_id,
        )

        if not d.keys() <= _FIELDS:
            add_organization_user_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return add_organization_user_request

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
) -> OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_organization_role_assignment_request_type_0 = (
            OrganizationPredefinedRoleAssignmentRequest.from_dict(data)
        )

        return componentsschemas_organization_role_assignment_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_organization_role_assignment_request_type_1 = (
        OrganizationCustomRoleAssignmentRequest.from_dict(data)
    )

    return componentsschemas_organization_role_assignment_request_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        OrganizationCustomRoleAssignmentRequest, \
        OrganizationPredefinedRoleAssignmentRequest
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
