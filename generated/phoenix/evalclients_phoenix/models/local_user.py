from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import ShapeField as _ShapeField
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import shaped as _shaped
from ..drift import state_of as _state_of
from ..models.local_user_role import LocalUserRole, check_local_user_role
from ..types import UNSET, Unset

T = TypeVar("T", bound="LocalUser")
_new = object.__new__
_FIELDS = frozenset(
    {
        "auth_method",
        "created_at",
        "email",
        "id",
        "password_needs_reset",
        "role",
        "updated_at",
        "username",
        "password",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    (
        "auth_method",
        "auth_method",
        True,
        0,
        'auth_method = cast(Literal[\u0027LOCAL\u0027] , _j_auth_method)\nif auth_method != \u0027LOCAL\u0027:\n    raise ValueError(f"auth_method must match const \u0027LOCAL\u0027, got \u0027{auth_method}\u0027")',
    ),
    ("created_at", "_created_at_slot", True, 1, ""),
    (
        "email",
        "email",
        True,
        0,
        "email = _j_email\nif not (type(email) is str):\n    raise TypeError",
    ),
    ("id", "id", True, 0, "id = _j_id\nif not (type(id) is str):\n    raise TypeError"),
    (
        "password_needs_reset",
        "password_needs_reset",
        True,
        0,
        "password_needs_reset = _j_password_needs_reset\nif not (type(password_needs_reset) is bool):\n    raise TypeError",
    ),
    ("role", "role", True, 0, "role = check_local_user_role(_j_role)"),
    ("updated_at", "_updated_at_slot", True, 2, ""),
    (
        "username",
        "username",
        True,
        0,
        "username = _j_username\nif not (type(username) is str):\n    raise TypeError",
    ),
    (
        "password",
        "password",
        False,
        0,
        "password = _j_password\nif not (type(password) is str or password is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class LocalUser:
    """
    Attributes:
        auth_method (Literal['LOCAL']):
        created_at (datetime.datetime):
        email (str):
        id (str):
        password_needs_reset (bool):
        role (LocalUserRole):
        updated_at (datetime.datetime):
        username (str):
        password (str | Unset):
    """

    auth_method: Literal["LOCAL"] | Unset
    created_at: datetime.datetime | Unset
    email: str | Unset
    id: str | Unset
    password_needs_reset: bool | Unset
    role: LocalUserRole | Unset
    updated_at: datetime.datetime | Unset
    username: str | Unset
    password: str | Unset = UNSET
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
        try:
            auth_method = self.auth_method
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            auth_method = _as_json(self.auth_method)

        try:
            created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        email = self.email

        id = self.id

        password_needs_reset = self.password_needs_reset

        try:
            role: str = self.role
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        try:
            updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "auth_method": auth_method,
                "created_at": created_at,
                "email": email,
                "id": id,
                "password_needs_reset": password_needs_reset,
                "role": role,
                "updated_at": updated_at,
                "username": username,
            }
        )
        if password is not UNSET:
            field_dict["password"] = password

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if not _strict and type(src_dict) is dict:  # this shape's own decoder (drift.shaped)
            _shape = tuple(src_dict)
            _made = (
                _SHAPES.get(_shape) or _shaped(cls, _shape, _SHAPES, _SHAPE_FIELDS, 3, globals())
            )(cls, src_dict)
            if _made is not None:
                return _made  # type: ignore[no-any-return]
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            auth_method = cast(Literal["LOCAL"], d["auth_method"])
            if auth_method != "LOCAL":
                raise ValueError(f"auth_method must match const 'LOCAL', got '{auth_method}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            auth_method, _drifted = _keep(
                cls, d, "auth_method", "Literal[\u0027LOCAL\u0027]", "type", _drifted
            )

        _created_at_raw = d.get("created_at", UNSET)
        if _created_at_raw is not UNSET and not _strict:
            created_at = _created_at_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                created_at = datetime.datetime.fromisoformat(d["created_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                created_at, _drifted = _keep(
                    cls, d, "created_at", "datetime.datetime", "type", _drifted
                )

        try:
            email = d["email"]
            if not (type(email) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            email, _drifted = _keep(cls, d, "email", "str", "type", _drifted)

        try:
            id = d["id"]
            if not (type(id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            password_needs_reset = d["password_needs_reset"]
            if not (type(password_needs_reset) is bool):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            password_needs_reset, _drifted = _keep(
                cls, d, "password_needs_reset", "bool", "type", _drifted
            )

        try:
            role = check_local_user_role(d["role"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role, _drifted = _keep(
                cls, d, "role", "one of ADMIN, MEMBER, SYSTEM, VIEWER", "enum", _drifted
            )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is not UNSET and not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                updated_at = datetime.datetime.fromisoformat(d["updated_at"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        try:
            username = d["username"]
            if not (type(username) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            username, _drifted = _keep(cls, d, "username", "str", "type", _drifted)

        try:
            password = d.get("password", UNSET)
            if not (type(password) is str or password is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            password, _drifted = _keep(cls, d, "password", "str", "type", _drifted)

        _local_user_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _local_user_.auth_method = auth_method
        _local_user_._created_at_slot = created_at  # type: ignore[attr-defined]
        _local_user_.email = email
        _local_user_.id = id
        _local_user_.password_needs_reset = password_needs_reset
        _local_user_.role = role
        _local_user_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _local_user_.username = username
        _local_user_.password = password
        _local_user_.additional_properties = {}
        _local_user_._pending = _pending

        if _extra:
            _local_user_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_local_user_, _drifted)
        return _local_user_

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


def _decode_created_at(self: LocalUser, raw: Any) -> Any:
    """``created_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        created_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        created_at, _drifted = _keep(
            type(self), {"created_at": raw}, "created_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return created_at


_lazy(LocalUser, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: LocalUser, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        updated_at = datetime.datetime.fromisoformat(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(LocalUser, "updated_at", 2, _decode_updated_at)
