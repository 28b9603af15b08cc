from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.user_status import UserStatus, check_user_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment


T = TypeVar("T", bound="User")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "email",
        "id",
        "is_developer",
        "name",
        "role",
        "status",
    }
)


@_attrs_define
class User:
    """An account user represents a member of the account. Users can be listed, updated, or removed from the account.

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp for when the user was created
        email (str | Unset): An email address
        id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        is_developer (bool | Unset): Whether the user has developer permissions (can use the Arize API)
        name (str | Unset): Display name of the user
        role (CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset): An account-level role assignment.
            Discriminated by `type`: - `PREDEFINED`: one of the predefined roles (`admin`, `member`, `annotator`) -
            `CUSTOM`: a custom RBAC role identified by its ID  Note: `CUSTOM` role assignments are not yet supported and are
            reserved for future use.
        status (UserStatus | Unset): Current status of the user in the account. - `ACTIVE`: User has verified their
            email and can access the platform. - `INVITED`: User has been invited and their verification token is still
            valid. - `EXPIRED`: User was invited but their verification token has expired or is missing. A new invite is
            required.
    """

    created_at: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    is_developer: bool | Unset = UNSET
    name: str | Unset = UNSET
    role: CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset = UNSET
    status: UserStatus | Unset = UNSET
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
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        email = self.email

        id = self.id

        is_developer = self.is_developer

        name = self.name

        try:
            role: dict[str, Any] | Unset
            if isinstance(self.role, Unset):
                role = UNSET
            elif isinstance(self.role, PredefinedUserRoleAssignment):
                role = self.role.to_dict()
            else:
                role = self.role.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        try:
            status: str | Unset = UNSET
            if not isinstance(self.status, Unset):
                status = self.status

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            status = _as_json(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if is_developer is not UNSET:
            field_dict["is_developer"] = is_developer
        if name is not UNSET:
            field_dict["name"] = name
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status

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
        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is UNSET:
            created_at = UNSET
        elif not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _created_at = d.get("created_at", UNSET)
                created_at: datetime.datetime | Unset
                if _created_at is UNSET:
                    created_at = UNSET
                else:
                    created_at = datetime.datetime.fromisoformat(_created_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            email = d.get("email", UNSET)
            if not (type(email) is str or email is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            email, _drifted = _keep(cls, d, "email", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            is_developer = d.get("is_developer", UNSET)
            if not (type(is_developer) is bool or is_developer is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_developer, _drifted = _keep(cls, d, "is_developer", "bool", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        _role_raw = d.get("role", UNSET)
        if _role_raw is UNSET:
            role = UNSET
        elif not _strict:
            role = _role_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _role = d.get("role", UNSET)
                role = _role if _role is UNSET else _parse_role(_role)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                role, _drifted = _keep(
                    cls,
                    d,
                    "role",
                    "CustomUserRoleAssignment | PredefinedUserRoleAssignment",
                    "union",
                    _drifted,
                )

        try:
            _status = d.get("status", UNSET)
            status: UserStatus | Unset
            if _status is UNSET:
                status = UNSET
            else:
                status = check_user_status(_status)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            status, _drifted = _keep(
                cls, d, "status", "one of ACTIVE, EXPIRED, INVITED", "enum", _drifted
            )

        _user_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _user_._created_at_slot = created_at  # type: ignore[attr-defined]
        _user_.email = email
        _user_.id = id
        _user_.is_developer = is_developer
        _user_.name = name
        _user_._role_slot = role  # type: ignore[attr-defined]
        _user_.status = status
        _user_.additional_properties = {}
        _user_._pending = _pending

        if _extra:
            _user_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_user_, _drifted)
        return _user_

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


def _parse_role(data: object) -> CustomUserRoleAssignment | PredefinedUserRoleAssignment | Unset:
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


def _decode_created_at(self: User, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _created_at = raw
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(User, "created_at", 1, _decode_created_at)


def _decode_role(self: User, raw: Any) -> Any:
    """``role`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _role = raw
        role = _role if _role is UNSET else _parse_role(_role)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        role, _drifted = _keep(
            type(self),
            {"role": raw},
            "role",
            "CustomUserRoleAssignment | PredefinedUserRoleAssignment",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return role


_lazy(User, "role", 2, _decode_role)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, CustomUserRoleAssignment, PredefinedUserRoleAssignment
    from ..models.custom_user_role_assignment import CustomUserRoleAssignment  # noqa: PLC0415
    from ..models.predefined_user_role_assignment import PredefinedUserRoleAssignment  # noqa: PLC0415

    _LAZY_PENDING = False
