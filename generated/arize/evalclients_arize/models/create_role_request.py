from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.permission import Permission, check_permission
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateRoleRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "permissions",
        "description",
    }
)


@_attrs_define
class CreateRoleRequest:
    """CreateRoleRequest

    Attributes:
        name (str): Human-readable name for the role. Must be unique within the account.
        permissions (list[Permission]): List of permissions to grant. At least one permission is required. Each value
            must be a valid permission identifier (e.g. `PROJECT_READ`, `DATASET_CREATE`).
        description (str | Unset): Optional description of the role's purpose. Omitted from the response if empty.
    """

    name: str | Unset
    permissions: list[Permission] | Unset
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item: str = permissions_item_data
                permissions.append(permissions_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            permissions = _as_json(self.permissions)

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "permissions": permissions,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

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
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            permissions = [
                check_permission(permissions_item_data)
                for permissions_item_data in d["permissions"]
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

        try:
            description = d.get("description", UNSET)
            if not (type(description) is str or description is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            description, _drifted = _keep(cls, d, "description", "str", "type", _drifted)

        _create_role_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_role_request_.name = name
        _create_role_request_.permissions = permissions
        _create_role_request_.description = description
        _create_role_request_.additional_properties = {}

        if _extra:
            _create_role_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_role_request_, _drifted)
        return _create_role_request_

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
