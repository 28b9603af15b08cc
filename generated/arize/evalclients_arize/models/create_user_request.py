from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invite_mode import InviteMode, check_invite_mode

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment_request import CustomUserRoleAssignmentRequest
    from ..models.predefined_user_role_assignment_request import PredefinedUserRoleAssignmentRequest


T = TypeVar("T", bound="CreateUserRequest")
_FIELDS = frozenset(
    {
        "email",
        "invite_mode",
        "name",
        "role",
    }
)


@_attrs_define
class CreateUserRequest:
    """User-level developer permissions are determined by the assigned account role.

    Attributes:
        email (str): Email address of the user to invite
        invite_mode (InviteMode): Controls how the user is invited to the account. - `NONE` — add the user directly with
            no invitation email (for SSO-only accounts). - `EMAIL_LINK` — send the user an email with a verification link to
            complete registration. - `TEMPORARY_PASSWORD` — issue a temporary password returned in the `POST /v2/users`
            response body; the user must reset it on first login. **Treat this value as a secret** — see
            `CreateUserResponse.temporary_password` for security guidance.
        name (str): Full name of the new user
        role (CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest): Strict request form of
            UserRoleAssignment. Used in write request bodies. - `PREDEFINED`: `{ "type": "PREDEFINED", "name": "ADMIN" |
            "MEMBER" | "ANNOTATOR" }` - `CUSTOM`: `{ "type": "CUSTOM", "id": "<encoded-role-id>" }`
    """

    email: str
    invite_mode: InviteMode
    name: str
    role: CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        email = self.email

        invite_mode: str = self.invite_mode

        name = self.name

        role: dict[str, Any]
        if isinstance(self.role, PredefinedUserRoleAssignmentRequest):
            role = self.role.to_dict()
        else:
            role = self.role.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "invite_mode": invite_mode,
                "name": name,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        email = d["email"]

        invite_mode = check_invite_mode(d["invite_mode"])

        name = d["name"]

        role = _parse_role(d["role"])

        create_user_request = cls(
            email,
            invite_mode,
            name,
            role,
        )

        if not d.keys() <= _FIELDS:
            create_user_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_user_request

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
) -> CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest:
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
    global _LAZY_PENDING, CustomUserRoleAssignmentRequest, PredefinedUserRoleAssignmentRequest
    from ..models.custom_user_role_assignment_request import CustomUserRoleAssignmentRequest  # noqa: PLC0415
    from ..models.predefined_user_role_assignment_request import PredefinedUserRoleAssignmentRequest  # noqa: PLC0415

    _LAZY_PENDING = False
