from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.role_binding_resource_type import (
    RoleBindingResourceType,
    check_role_binding_resource_type,
)
from ..types import Unset

T = TypeVar("T", bound="CreateRoleBindingRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "resource_id",
        "resource_type",
        "role_id",
        "user_id",
    }
)


@_attrs_define
class CreateRoleBindingRequest:
    """CreateRoleBindingRequest

    Attributes:
        resource_id (str): A universally unique identifier (base64-encoded opaque string).
        resource_type (RoleBindingResourceType): Resource type for the binding. Only `SPACE` and `PROJECT` are supported
            for single-binding CRUD. `resource_id` must encode the same resource type.
        role_id (str): A universally unique identifier (base64-encoded opaque string).
        user_id (str): ID of the user to bind the role to.  For a **service key**, this is the ID of the key's bot user
            — not the ID of the person who created the key. Read it from `bot_user.id` on the `POST /v2/api-keys` response,
            or from `bot_user.id` on the matching service key entry returned by `GET /v2/api-keys`.
    """

    resource_id: str | Unset
    resource_type: RoleBindingResourceType | Unset
    role_id: str | Unset
    user_id: str | Unset
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        resource_id = self.resource_id

        try:
            resource_type: str = self.resource_type
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            resource_type = _as_json(self.resource_type)

        role_id = self.role_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource_id": resource_id,
                "resource_type": resource_type,
                "role_id": role_id,
                "user_id": user_id,
            }
        )

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        _drifted: list[_Drift] | None = None
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            resource_id = d["resource_id"]
            if not (type(resource_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            resource_id, _drifted = _keep(cls, d, "resource_id", "str", "type", _drifted)

        try:
            resource_type = check_role_binding_resource_type(d["resource_type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            resource_type, _drifted = _keep(
                cls, d, "resource_type", "one of PROJECT, SPACE", "enum", _drifted
            )

        try:
            role_id = d["role_id"]
            if not (type(role_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role_id, _drifted = _keep(cls, d, "role_id", "str", "type", _drifted)

        try:
            user_id = d["user_id"]
            if not (type(user_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "user_id", "str", "type", _drifted)

        _create_role_binding_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_role_binding_request_.resource_id = resource_id
        _create_role_binding_request_.resource_type = resource_type
        _create_role_binding_request_.role_id = role_id
        _create_role_binding_request_.user_id = user_id
        _create_role_binding_request_.additional_properties = {}

        if _extra:
            _create_role_binding_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_role_binding_request_, _drifted)
        return _create_role_binding_request_

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
