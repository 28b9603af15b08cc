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
from ..models.organization_role import OrganizationRole, check_organization_role
from ..models.organization_role_assignment_type import (
    OrganizationRoleAssignmentType,
    check_organization_role_assignment_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationPredefinedRoleAssignment")
_new = object.__new__
_FIELDS = frozenset(
    {
        "name",
        "type",
    }
)


@_attrs_define
class OrganizationPredefinedRoleAssignment:
    """A predefined organization role assignment.

    Attributes:
        name (OrganizationRole | Unset): Organization-level role for the user. - `ADMIN`: Full access to the
            organization and its resources. - `MEMBER`: Standard access to the organization. - `READ_ONLY`: Read-only access
            to the organization. - `ANNOTATOR`: Limited access for annotation tasks only.
        type_ (OrganizationRoleAssignmentType | Unset): OrganizationRoleAssignmentType
    """

    name: OrganizationRole | Unset = UNSET
    type_: OrganizationRoleAssignmentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        try:
            name: str | Unset = UNSET
            if not isinstance(self.name, Unset):
                name = self.name

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            name = _as_json(self.name)

        try:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

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
            _name = d.get("name", UNSET)
            name: OrganizationRole | Unset
            if _name is UNSET:
                name = UNSET
            else:
                name = check_organization_role(_name)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(
                cls, d, "name", "one of ADMIN, ANNOTATOR, MEMBER, READ_ONLY", "enum", _drifted
            )

        try:
            _type_ = d.get("type", UNSET)
            type_: OrganizationRoleAssignmentType | Unset
            if _type_ is UNSET:
                type_ = UNSET
            else:
                type_ = check_organization_role_assignment_type(_type_)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of CUSTOM, PREDEFINED", "enum", _drifted)

        _organization_predefined_role_assignment_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _organization_predefined_role_assignment_.name = name
        _organization_predefined_role_assignment_.type_ = type_
        _organization_predefined_role_assignment_.additional_properties = {}

        if _extra:
            _organization_predefined_role_assignment_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_organization_predefined_role_assignment_, _drifted)
        return _organization_predefined_role_assignment_

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
