from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
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
_new = object.__new__
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

    key_type: CreateServiceApiKeyRequestKeyType | Unset
    name: str | Unset
    organizations: list[ServiceKeyOrgAssignment] | Unset
    account_role: CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest | Unset = (
        UNSET
    )
    description: str | Unset = UNSET
    expires_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            key_type: str = self.key_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            key_type = _as_json(self.key_type)

        name = self.name

        try:
            organizations = []
            for organizations_item_data in self.organizations:
                organizations_item = organizations_item_data.to_dict()
                organizations.append(organizations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            organizations = _as_json(self.organizations)

        try:
            account_role: dict[str, Any] | Unset
            if isinstance(self.account_role, Unset):
                account_role = UNSET
            elif isinstance(self.account_role, PredefinedUserRoleAssignmentRequest):
                account_role = self.account_role.to_dict()
            else:
                account_role = self.account_role.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            account_role = _as_json(self.account_role)

        description = self.description

        try:
            expires_at: str | Unset = UNSET
            if not isinstance(self.expires_at, Unset):
                expires_at = self.expires_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            expires_at = _as_json(self.expires_at)

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

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            key_type = check_create_service_api_key_request_key_type(d["key_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            key_type, _drifted = _keep(cls, d, "key_type", "one of SERVICE", "enum", _drifted)

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _organizations_raw = d.get("organizations", UNSET)
        if _organizations_raw is not UNSET and not _strict:
            organizations = _organizations_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                organizations = [
                    ServiceKeyOrgAssignment.from_dict(organizations_item_data)
                    for organizations_item_data in d["organizations"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                organizations, _drifted = _keep_each(
                    cls,
                    d,
                    "organizations",
                    "list[ServiceKeyOrgAssignment]",
                    "type",
                    lambda organizations_item_data: ServiceKeyOrgAssignment.from_dict(
                        organizations_item_data
                    ),
                    _drifted,
                )

        _account_role_raw = d.get("account_role", UNSET)
        if _account_role_raw is UNSET:
            account_role = UNSET
        elif not _strict:
            account_role = _account_role_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _account_role = d.get("account_role", UNSET)
                account_role = (
                    _account_role if _account_role is UNSET else _parse_account_role(_account_role)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                account_role, _drifted = _keep(
                    cls,
                    d,
                    "account_role",
                    "CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest",
                    "union",
                    _drifted,
                )

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        _expires_at_raw = d.get("expires_at", UNSET)
        if _expires_at_raw is UNSET:
            expires_at = UNSET
        elif not _strict:
            expires_at = _expires_at_raw  # decoded on first read
            _pending |= 4
        else:
            try:
                _expires_at = d.get("expires_at", UNSET)
                expires_at: datetime.datetime | Unset
                if _expires_at is UNSET:
                    expires_at = UNSET
                else:
                    expires_at = datetime.datetime.fromisoformat(_expires_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                expires_at, _drifted = _keep(
                    cls, d, "expires_at", "datetime.datetime", "type", _drifted
                )

        _create_service_api_key_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_service_api_key_request_.key_type = key_type
        _create_service_api_key_request_.name = name
        _create_service_api_key_request_._organizations_slot = organizations  # type: ignore[attr-defined]
        _create_service_api_key_request_._account_role_slot = account_role  # type: ignore[attr-defined]
        _create_service_api_key_request_.description = description
        _create_service_api_key_request_._expires_at_slot = expires_at  # type: ignore[attr-defined]
        _create_service_api_key_request_.additional_properties = {}
        _create_service_api_key_request_._pending = _pending

        if _extra:
            _create_service_api_key_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_service_api_key_request_, _drifted)
        return _create_service_api_key_request_

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
            PredefinedUserRoleAssignmentRequest.from_dict(data, _strict=True)
        )

        return componentsschemas_user_role_assignment_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_user_role_assignment_request_type_1 = (
        CustomUserRoleAssignmentRequest.from_dict(data, _strict=True)
    )

    return componentsschemas_user_role_assignment_request_type_1


def _decode_organizations(self: CreateServiceApiKeyRequest, raw: Any) -> Any:
    """``organizations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        organizations = [
            ServiceKeyOrgAssignment.from_dict(organizations_item_data)
            for organizations_item_data in raw
        ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        organizations, _drifted = _keep_each(
            type(self),
            {"organizations": raw},
            "organizations",
            "list[ServiceKeyOrgAssignment]",
            "type",
            lambda organizations_item_data: ServiceKeyOrgAssignment.from_dict(
                organizations_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return organizations


_lazy(CreateServiceApiKeyRequest, "organizations", 1, _decode_organizations)


def _decode_account_role(self: CreateServiceApiKeyRequest, raw: Any) -> Any:
    """``account_role`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _account_role = raw
        account_role = (
            _account_role if _account_role is UNSET else _parse_account_role(_account_role)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        account_role, _drifted = _keep(
            type(self),
            {"account_role": raw},
            "account_role",
            "CustomUserRoleAssignmentRequest | PredefinedUserRoleAssignmentRequest",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return account_role


_lazy(CreateServiceApiKeyRequest, "account_role", 2, _decode_account_role)


def _decode_expires_at(self: CreateServiceApiKeyRequest, raw: Any) -> Any:
    """``expires_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _expires_at = raw
        expires_at: datetime.datetime | Unset
        if _expires_at is UNSET:
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        expires_at, _drifted = _keep(
            type(self), {"expires_at": raw}, "expires_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return expires_at


_lazy(CreateServiceApiKeyRequest, "expires_at", 4, _decode_expires_at)

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
