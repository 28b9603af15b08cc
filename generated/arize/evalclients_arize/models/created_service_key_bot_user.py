from __future__ import annotations

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment
    from ..models.service_key_bot_user_org_assignment import ServiceKeyBotUserOrgAssignment


T = TypeVar("T", bound="CreatedServiceKeyBotUser")
_new = object.__new__
_FIELDS = frozenset(
    {
        "account_role",
        "id",
        "name",
        "organizations",
    }
)


@_attrs_define
class CreatedServiceKeyBotUser:
    """CreatedServiceKeyBotUser

    Attributes:
        account_role (CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset): An account-level role
            assignment. Discriminated by `type`: - `PREDEFINED`: one of the predefined roles (`admin`, `member`,
            `annotator`) - `CUSTOM`: a custom RBAC role identified by its ID  Note: `CUSTOM` role assignments are not yet
            supported and are reserved for future use.
        id (str | Unset): Global ID of the bot user.
        name (str | Unset): Display name of the bot user.
        organizations (list[ServiceKeyBotUserOrgAssignment] | Unset): Organization access assignments for the service
            account, each containing nested space assignments. Always has at least one entry — creating a service key
            requires at least one organization.
    """

    account_role: CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset = UNSET
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
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
            account_role: dict[str, Any] | Unset
            if isinstance(self.account_role, Unset):
                account_role = UNSET
            elif isinstance(self.account_role, PredefinedUserRoleAssignment):
                account_role = self.account_role.to_dict()
            else:
                account_role = self.account_role.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            account_role = _as_json(self.account_role)

        id = self.id

        name = self.name

        try:
            organizations: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.organizations, Unset):
                organizations = []
                for organizations_item_data in self.organizations:
                    organizations_item = organizations_item_data.to_dict()
                    organizations.append(organizations_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            organizations = _as_json(self.organizations)

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
        _account_role_raw = d.get("account_role", UNSET)
        if _account_role_raw is UNSET:
            account_role = UNSET
        elif not _strict:
            account_role = _account_role_raw  # decoded on first read
            _pending |= 1
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
                    "CustomUserRoleAssignment | PredefinedUserRoleAssignment",
                    "union",
                    _drifted,
                )

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _organizations_raw = d.get("organizations", UNSET)
        if _organizations_raw is UNSET:
            organizations = UNSET
        elif not _strict:
            organizations = _organizations_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _organizations = d.get("organizations", UNSET)
                organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
                if _organizations is not UNSET:
                    organizations = [
                        ServiceKeyBotUserOrgAssignment.from_dict(organizations_item_data)
                        for organizations_item_data in _organizations
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                organizations, _drifted = _keep_each(
                    cls,
                    d,
                    "organizations",
                    "list[ServiceKeyBotUserOrgAssignment]",
                    "type",
                    lambda organizations_item_data: ServiceKeyBotUserOrgAssignment.from_dict(
                        organizations_item_data
                    ),
                    _drifted,
                )

        _created_service_key_bot_user_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _created_service_key_bot_user_._account_role_slot = account_role  # type: ignore[attr-defined]
        _created_service_key_bot_user_.id = id
        _created_service_key_bot_user_.name = name
        _created_service_key_bot_user_._organizations_slot = organizations  # type: ignore[attr-defined]
        _created_service_key_bot_user_.additional_properties = {}
        _created_service_key_bot_user_._pending = _pending

        if _extra:
            _created_service_key_bot_user_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_created_service_key_bot_user_, _drifted)
        return _created_service_key_bot_user_

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
        componentsschemas_user_role_assignment_type_0 = PredefinedUserRoleAssignment.from_dict(
            data, _strict=True
        )

        return componentsschemas_user_role_assignment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_user_role_assignment_type_1 = CustomUserRoleAssignment.from_dict(
        data, _strict=True
    )

    return componentsschemas_user_role_assignment_type_1


def _decode_account_role(self: CreatedServiceKeyBotUser, raw: Any) -> Any:
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
            "CustomUserRoleAssignment | PredefinedUserRoleAssignment",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return account_role


_lazy(CreatedServiceKeyBotUser, "account_role", 1, _decode_account_role)


def _decode_organizations(self: CreatedServiceKeyBotUser, raw: Any) -> Any:
    """``organizations`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _organizations = raw
        organizations: list[ServiceKeyBotUserOrgAssignment] | Unset = UNSET
        if _organizations is not UNSET:
            organizations = [
                ServiceKeyBotUserOrgAssignment.from_dict(organizations_item_data)
                for organizations_item_data in _organizations
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        organizations, _drifted = _keep_each(
            type(self),
            {"organizations": raw},
            "organizations",
            "list[ServiceKeyBotUserOrgAssignment]",
            "type",
            lambda organizations_item_data: ServiceKeyBotUserOrgAssignment.from_dict(
                organizations_item_data
            ),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return organizations


_lazy(CreatedServiceKeyBotUser, "organizations", 2, _decode_organizations)

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
