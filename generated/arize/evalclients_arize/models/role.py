from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="Role")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "description",
        "id",
        "is_predefined",
        "name",
        "permissions",
        "updated_at",
    }
)


@_attrs_define
class Role:
    """Role

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the role was created.
        description (str | Unset): A brief description of the role's purpose.
        id (str | Unset): Unique identifier for the role.
        is_predefined (bool | Unset): Whether this role is a system-defined predefined role. Predefined roles cannot be
            updated or deleted.
        name (str | Unset): Human-readable name of the role.
        permissions (list[Permission] | Unset): List of permissions granted by this role. Each value corresponds to a
            permission identifier (e.g. `PROJECT_READ`, `DATASET_CREATE`). Returned only to callers with `ROLE_READ`.
        updated_at (datetime.datetime | Unset): Timestamp when the role was last updated.
    """

    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    is_predefined: bool | Unset = UNSET
    name: str | Unset = UNSET
    permissions: list[Permission] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            created_at = _as_json(self.created_at)

        description = self.description

        id = self.id

        is_predefined = self.is_predefined

        name = self.name

        try:
            permissions: list[str] | Unset = UNSET
            if not isinstance(self.permissions, Unset):
                permissions = []
                for permissions_item_data in self.permissions:
                    permissions_item: str = permissions_item_data
                    permissions.append(permissions_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            permissions = _as_json(self.permissions)

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if is_predefined is not UNSET:
            field_dict["is_predefined"] = is_predefined
        if name is not UNSET:
            field_dict["name"] = name
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
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
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        try:
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            is_predefined = d.get("is_predefined", UNSET)
            if not (type(is_predefined) is bool or is_predefined is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            is_predefined, _drifted = _keep(cls, d, "is_predefined", "bool", "type", _drifted)

        try:
            name = d.get("name", UNSET)
            if not (type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            _permissions = d.get("permissions", UNSET)
            permissions: list[Permission] | Unset = UNSET
            if _permissions is not UNSET:
                permissions = [
                    check_permission(permissions_item_data)
                    for permissions_item_data in _permissions
                ]
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            permissions, _drifted = _keep_each(
                cls,
                d,
                "permissions",
                "list[Permission]",
                "enum",
                lambda permissions_item_data: check_permission(permissions_item_data),
                _drifted,
            )

        _updated_at_raw = d.get("updated_at", UNSET)
        if _updated_at_raw is UNSET:
            updated_at = UNSET
        elif not _strict:
            updated_at = _updated_at_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _updated_at = d.get("updated_at", UNSET)
                updated_at: datetime.datetime | Unset
                if _updated_at is UNSET:
                    updated_at = UNSET
                else:
                    updated_at = datetime.datetime.fromisoformat(_updated_at)
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                updated_at, _drifted = _keep(
                    cls, d, "updated_at", "datetime.datetime", "type", _drifted
                )

        _role_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _role_._created_at_slot = created_at  # type: ignore[attr-defined]
        _role_.description = description
        _role_.id = id
        _role_.is_predefined = is_predefined
        _role_.name = name
        _role_.permissions = permissions
        _role_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _role_.additional_properties = {}
        _role_._pending = _pending

        if _extra:
            _role_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_role_, _drifted)
        return _role_

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


def _decode_created_at(self: Role, raw: Any) -> Any:
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


_lazy(Role, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: Role, raw: Any) -> Any:
    """``updated_at`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _updated_at = raw
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        updated_at, _drifted = _keep(
            type(self), {"updated_at": raw}, "updated_at", "datetime.datetime", "type", _drifted
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return updated_at


_lazy(Role, "updated_at", 2, _decode_updated_at)
