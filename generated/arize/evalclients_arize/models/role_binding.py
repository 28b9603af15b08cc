from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.role_binding_resource_type import (
    RoleBindingResourceType,
    check_role_binding_resource_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RoleBinding")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "resource_id",
        "resource_type",
        "role_id",
        "updated_at",
        "user_id",
    }
)


@_attrs_define
class RoleBinding:
    """RoleBinding

    Attributes:
        created_at (datetime.datetime | Unset): Timestamp when the binding was created.
        id (str | Unset): Unique identifier for the role binding.
        resource_id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        resource_type (RoleBindingResourceType | Unset): Resource type for the binding. Only `SPACE` and `PROJECT` are
            supported for single-binding CRUD. `resource_id` must encode the same resource type.
        role_id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        updated_at (datetime.datetime | Unset): Timestamp when the binding was last updated.
        user_id (str | Unset): ID of the user this binding assigns the role to.  For a **service key**, this is the ID
            of the key's bot user — not the ID of the person who created the key. Read it from `bot_user.id` on the `POST
            /v2/api-keys` response, or from `bot_user.id` on the matching service key entry returned by `GET /v2/api-keys`.
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: RoleBindingResourceType | Unset = UNSET
    role_id: str | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
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

        id = self.id

        resource_id = self.resource_id

        try:
            resource_type: str | Unset = UNSET
            if not isinstance(self.resource_type, Unset):
                resource_type = self.resource_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            resource_type = _as_json(self.resource_type)

        role_id = self.role_id

        try:
            updated_at: str | Unset = UNSET
            if not isinstance(self.updated_at, Unset):
                updated_at = self.updated_at.isoformat()
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            updated_at = _as_json(self.updated_at)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            resource_id = d.get("resource_id", UNSET)
            if not (type(resource_id) is str or resource_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            resource_id, _drifted = _keep(cls, d, "resource_id", "str", "type", _drifted)

        try:
            _resource_type = d.get("resource_type", UNSET)
            resource_type: RoleBindingResourceType | Unset
            if _resource_type is UNSET:
                resource_type = UNSET
            else:
                resource_type = check_role_binding_resource_type(_resource_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            resource_type, _drifted = _keep(
                cls, d, "resource_type", "one of PROJECT, SPACE", "enum", _drifted
            )

        try:
            role_id = d.get("role_id", UNSET)
            if not (type(role_id) is str or role_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role_id, _drifted = _keep(cls, d, "role_id", "str", "type", _drifted)

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

        try:
            user_id = d.get("user_id", UNSET)
            if not (type(user_id) is str or user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "user_id", "str", "type", _drifted)

        _role_binding_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _role_binding_._created_at_slot = created_at  # type: ignore[attr-defined]
        _role_binding_.id = id
        _role_binding_.resource_id = resource_id
        _role_binding_.resource_type = resource_type
        _role_binding_.role_id = role_id
        _role_binding_._updated_at_slot = updated_at  # type: ignore[attr-defined]
        _role_binding_.user_id = user_id
        _role_binding_.additional_properties = {}
        _role_binding_._pending = _pending

        if _extra:
            _role_binding_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_role_binding_, _drifted)
        return _role_binding_

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


def _decode_created_at(self: RoleBinding, raw: Any) -> Any:
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


_lazy(RoleBinding, "created_at", 1, _decode_created_at)


def _decode_updated_at(self: RoleBinding, raw: Any) -> Any:
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


_lazy(RoleBinding, "updated_at", 2, _decode_updated_at)
