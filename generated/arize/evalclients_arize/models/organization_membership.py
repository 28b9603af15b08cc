from __future__ import annotations

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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.organization_custom_role_assignment import OrganizationCustomRoleAssignment
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,
    )


T = TypeVar("T", bound="OrganizationMembership")
_new = object.__new__
_FIELDS = frozenset(
    {
        "id",
        "organization_id",
        "role",
        "user_id",
    }
)


@_attrs_define
class OrganizationMembership:
    """OrganizationMembership

    Attributes:
        id (str | Unset): Unique identifier for the membership record
        organization_id (str | Unset): The unique identifier of the organization
        role (OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset): A role assignment for an
            organization membership. Discriminated by `type`: - `PREDEFINED`: one of the predefined roles (`ADMIN`,
            `MEMBER`, `READ_ONLY`, `ANNOTATOR`) - `CUSTOM`: a custom RBAC role identified by its ID
        user_id (str | Unset): The unique identifier of the user
    """

    id: str | Unset = UNSET
    organization_id: str | Unset = UNSET
    role: OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset = UNSET
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
        if _LAZY_PENDING:
            _load_lazy_imports()
        id = self.id

        organization_id = self.organization_id

        try:
            role: dict[str, Any] | Unset
            if isinstance(self.role, Unset):
                role = UNSET
            elif isinstance(self.role, OrganizationPredefinedRoleAssignment):
                role = self.role.to_dict()
            else:
                role = self.role.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id
        if role is not UNSET:
            field_dict["role"] = role
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

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
            id = d.get("id", UNSET)
            if not (type(id) is str or id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            id, _drifted = _keep(cls, d, "id", "str", "type", _drifted)

        try:
            organization_id = d.get("organization_id", UNSET)
            if not (type(organization_id) is str or organization_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            organization_id, _drifted = _keep(cls, d, "organization_id", "str", "type", _drifted)

        _role_raw = d.get("role", UNSET)
        if _role_raw is UNSET:
            role = UNSET
        elif not _strict:
            role = _role_raw  # decoded on first read
            _pending |= 1
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
                    "OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment",
                    "union",
                    _drifted,
                )

        try:
            user_id = d.get("user_id", UNSET)
            if not (type(user_id) is str or user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "user_id", "str", "type", _drifted)

        _organization_membership_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _organization_membership_.id = id
        _organization_membership_.organization_id = organization_id
        _organization_membership_._role_slot = role  # type: ignore[attr-defined]
        _organization_membership_.user_id = user_id
        _organization_membership_.additional_properties = {}
        _organization_membership_._pending = _pending

        if _extra:
            _organization_membership_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_organization_membership_, _drifted)
        return _organization_membership_

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
) -> OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_organization_role_assignment_type_0 = (
            OrganizationPredefinedRoleAssignment.from_dict(data, _strict=True)
        )

        return componentsschemas_organization_role_assignment_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_organization_role_assignment_type_1 = (
        OrganizationCustomRoleAssignment.from_dict(data, _strict=True)
    )

    return componentsschemas_organization_role_assignment_type_1


def _decode_role(self: OrganizationMembership, raw: Any) -> Any:
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
            "OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return role


_lazy(OrganizationMembership, "role", 1, _decode_role)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, OrganizationCustomRoleAssignment, OrganizationPredefinedRoleAssignment
    from ..models.organization_custom_role_assignment import OrganizationCustomRoleAssignment  # noqa: PLC0415
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
