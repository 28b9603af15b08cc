from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment
    from ..models.service_key_bot_user_org_assignment import ServiceKeyBotUserOrgAssignment


T = TypeVar("T", bound="ServiceKeyBotUser")
_FIELDS = frozenset(
    {
        "account_role",
        "id",
        "name",
        "organizations",
    }
)


@_attrs_define
class ServiceKeyBotUser:
    """ServiceKeyBotUser

    Attributes:
        account_role (CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset): An account-level role
            assignment. Discriminated by `type`: - `PREDEFINED`: one of the predefined roles (`admin`, `member`,
            `annotator`) - `CUSTOM`: a custom RBAC role identified by its ID  Note: `CUSTOM` role assignments are not yet
            supported and are reserved for future use.
        id (str | Unset): Global ID of the bot user.
        name (str | Unset): Display name of the bot user.
        organizations (list[ServiceKeyBotUserOrgAssignment] | Unset): Organization access assignments for the service
            account, each containing nested space assignments. Always empty in a list response (`GET /v2/api-keys`) filtered
            by `space_id`. Also empty in a list response for a bot user whose bindings could not be resolved (e.g. a stale
            or otherwise unrecoverable bot user). `CreatedServiceKeyBotUser` (used in the `POST /v2/api-keys` response)
            tightens this to at least one entry, since creating a service key always requires an organization.
    """

    account_role: CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        account_role: dict[str, Any] | Unset
        if isinstance(self.account_role, Unset):
            account_role = UNSET
        elif isinstance(self.account_role, PredefinedUserRoleAssignment):
            account_role = self.account_role.to_dict()
        else:
            account_role = self.account_role.to_dict()

        id = self.id

        name = self.name

        organizations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.organizations, Unset):
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_role is not UNSET:
            field_dict["account_role"] = account_role
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if organizations is not UNSET:
            field_dict["organizations"] = organizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        account_role = _parse_account_role(d.get("account_role", UNSET))

        id = d.get("id", UNSET)

        name = d.get("name", UNSET)

        _organizations = d.get("organizations", UNSET)
        organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = [
                ServiceKeyBotUserOrgAssignment.from_dict(organizations_item_data)
                for organizations_item_data in _organizations
            ]

        service_key_bot_user = cls(
            account_role,
            id,
            name,
            organizations,
        )

        if not d.keys() <= _FIELDS:
            service_key_bot_user.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return service_key_bot_user

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
) -> CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_user_role_assignment_type_0 = PredefinedUserRoleAssignment.from_dict(data)

        return componentsschemas_user_role_assignment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_user_role_assignment_type_1 = CustomUserRoleAssignment.from_dict(data)

    return componentsschemas_user_role_assignment_type_1


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CustomUserRoleAssignment, \
        PredefinedUserRoleAssignment, \
        ServiceKeyBotUserOrgAssignment
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment  # noqa: PLC0415
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment  # noqa: PLC0415
    from ..models.service_key_bot_user_org_assignment import ServiceKeyBotUserOrgAssignment  # noqa: PLC0415

    _LAZY_PENDING = False
