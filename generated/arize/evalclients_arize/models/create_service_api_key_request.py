from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_service_api_key_request_key_type import (
    CreateServiceApiKeyRequestKeyType,
    check_create_service_api_key_request_key_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment_request import CustomUserRoleAssignmentRequest
    from ..models.predefined_user_role_assignment_request import PredefinedUserRoleAssignmentRequest
    from ..models.service_key_org_assignment import ServiceKeyOrgAssignment


T = TypeVar("T", bound="CreateServiceApiKeyRequest")
_FIELDS = frozenset(
    {
        "key_type",
        "name",
        "organizations",
        "account_role",
        "description",
        "expires_at",
    }
)


@_attrs_define
class CreateServiceApiKeyRequest:
    """CreateServiceApiKeyRequest

    Attributes:
        key_type (CreateServiceApiKeyRequestKeyType): Must be `"SERVICE"`.
        name (str): User-defined name for the API key.
        organizations (list[ServiceKeyOrgAssignment]): Organizations the service account should have access to. Each
            entry specifies an organization and the spaces within it. Must include at least one organization with at least
            one space. All spaces must belong to the organization they are listed under.
        account_role (CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest | Unset): Strict request
            form of UserRoleAssignment. Used in write request bodies. - `PREDEFINED`: `{ "type": "PREDEFINED", "name":
            "ADMIN" | "MEMBER" | "ANNOTATOR" }` - `CUSTOM`: `{ "type": "CUSTOM", "id": "<encoded-role-id>" }`
        description (str | Unset): Optional user-defined description for the API key.
        expires_at (datetime.datetime | Unset): Optional expiration timestamp. If the account has no maximum API key
            lifetime, omitting this value creates a key that never expires. If a maximum is configured, an omitted value
            defaults to that maximum, and an explicit value exceeding it is rejected with 422.
    """

    key_type: CreateServiceApiKeyRequestKeyType
    name: str
    organizations: list[ServiceKeyOrgAssignment]
    account_role: CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest | Unset = (
        UNSET
    )
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        key_type: str = self.key_type

        name = self.name

        organizations = []
        for organizations_item_data in self.organizations:
            organizations_item = organizations_item_data.to_dict()
            organizations.append(organizations_item)

        account_role: dict[str, Any] | Unset
        if isinstance(self.account_role, Unset):
            account_role = UNSET
        elif isinstance(self.account_role, PredefinedUserRoleAssignmentRequest):
            account_role = self.account_role.to_dict()
        else:
            account_role = self.account_role.to_dict()

        description = self.description

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = self.expires_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key_type": key_type,
                "name": name,
                "organizations": organizations,
            }
        )
        if account_role is not UNSET:
            field_dict["account_role"] = account_role
        if description is not UNSET:
            field_dict["description"] = description
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        key_type = check_create_service_api_key_request_key_type(d["key_type"])

        name = d["name"]

        organizations = [
            ServiceKeyOrgAssignment.from_dict(organizations_item_data)
            for organizations_item_data in d["organizations"]
        ]

        account_role = _parse_account_role(d.get("account_role", UNSET))

        description = d.get("description", UNSET)

        _expires_at = d.get("expires_at", UNSET)
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        create_service_api_key_request = cls(
            key_type,
            name,
            organizations,
            account_role,
            description,
            expires_at,
        )

        if not d.keys() <= _FIELDS:
            create_service_api_key_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_service_api_key_request

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


def _parse_account_role(
    data: object,
) -> CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_user_role_assignment_request_type_0 = (
            PredefinedUserRoleAssignmentRequest.from_dict(data)
        )

        return componentsschemas_user_role_assignment_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_user_role_assignment_request_type_1 = (
        CustomUserRoleAssignmentRequest.from_dict(data)
    )

    return componentsschemas_user_role_assignment_request_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CustomUserRoleAssignmentRequest, \
        PredefinedUserRoleAssignmentRequest, \
        ServiceKeyOrgAssignment
    from ..models.custom_user_role_assignment_request import CustomUserRoleAssignmentRequest  # noqa: PLC0415
    from ..models.predefined_user_role_assignment_request import PredefinedUserRoleAssignmentRequest  # noqa: PLC0415
    from ..models.service_key_org_assignment import ServiceKeyOrgAssignment  # noqa: PLC0415

    _LAZY_PENDING = False
