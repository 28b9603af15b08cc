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
    from ..models.organization_custom_role_assignment import OrganizationCustomRoleAssignment
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,
    )
    from ..models.service_key_bot_user_space_assignment import ServiceKeyBotUserSpaceAssignment


T = TypeVar("T", bound="ServiceKeyBotUserOrgAssignment")
_new = object.__new__
_FIELDS = frozenset(
    {
        "org_id",
        "role",
        "spaces",
    }
)


@_attrs_define
class ServiceKeyBotUserOrgAssignment:
    """ServiceKeyBotUserOrgAssignment

    Attributes:
        org_id (str | Unset): ID of the organization the service account has access to.
        role (OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset): A role assignment for an
            organization membership. Discriminated by `type`: - `PREDEFINED`: one of the predefined roles (`ADMIN`,
            `MEMBER`, `READ_ONLY`, `ANNOTATOR`) - `CUSTOM`: a custom RBAC role identified by its ID
        spaces (list[ServiceKeyBotUserSpaceAssignment] | Unset): Space assignments within this organization. Roles are
            always present in the response (defaults are resolved server-side).
    """

    org_id: str | Unset = UNSET
    role: OrganizationCustomRoleAssignment | OrganizationPredefinedRoleAssignment | Unset = UNSET
    spaces: list[ServiceKeyBotUserSpaceAssignment] | Unset = UNSET
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
        org_id = self.org_id

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

        try:
            spaces: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.spaces, Unset):
                spaces = []
                for spaces_item_data in self.spaces:
                    spaces_item = spaces_item_data.to_dict()
                    spaces.append(spaces_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spaces = _as_json(self.spaces)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_id is not UNSET:
            field_dict["org_id"] = org_id
        if role is not UNSET:
            field_dict["role"] = role
        if spaces is not UNSET:
            field_dict["spaces"] = spaces

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
            org_id = d.get("org_id", UNSET)
            if not (type(org_id) is str or org_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            org_id, _drifted = _keep(cls, d, "org_id", "str", "type", _drifted)

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

        _spaces_raw = d.get("spaces", UNSET)
        if _spaces_raw is UNSET:
            spaces = UNSET
        elif not _strict:
            spaces = _spaces_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _spaces = d.get("spaces", UNSET)
                spaces: list[ServiceKeyBotUserSpaceAssignment] | Unset = UNSET
                if _spaces is not UNSET:
                    spaces = [
                        ServiceKeyBotUserSpaceAssignment.from_dict(spaces_item_data)
                        for spaces_item_data in _spaces
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spaces, _drifted = _keep_each(
                    cls,
                    d,
                    "spaces",
                    "list[ServiceKeyBotUserSpaceAssignment]",
                    "type",
                    lambda spaces_item_data: ServiceKeyBotUserSpaceAssignment.from_dict(
                        spaces_item_data
                    ),
                    _drifted,
                )

        _service_key_bot_user_org_assignment_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _service_key_bot_user_org_assignment_.org_id = org_id
        _service_key_bot_user_org_assignment_._role_slot = role  # type: ignore[attr-defined]
        _service_key_bot_user_org_assignment_._spaces_slot = spaces  # type: ignore[attr-defined]
        _service_key_bot_user_org_assignment_.additional_properties = {}
        _service_key_bot_user_org_assignment_._pending = _pending

        if _extra:
            _service_key_bot_user_org_assignment_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_service_key_bot_user_org_assignment_, _drifted)
        return _service_key_bot_user_org_assignment_

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


def _decode_role(self: ServiceKeyBotUserOrgAssignment, raw: Any) -> Any:
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


_lazy(ServiceKeyBotUserOrgAssignment, "role", 1, _decode_role)


def _decode_spaces(self: ServiceKeyBotUserOrgAssignment, raw: Any) -> Any:
    """``spaces`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _spaces = raw
        spaces: list[ServiceKeyBotUserSpaceAssignment] | Unset = UNSET
        if _spaces is not UNSET:
            spaces = [
                ServiceKeyBotUserSpaceAssignment.from_dict(spaces_item_data)
                for spaces_item_data in _spaces
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spaces, _drifted = _keep_each(
            type(self),
            {"spaces": raw},
            "spaces",
            "list[ServiceKeyBotUserSpaceAssignment]",
            "type",
            lambda spaces_item_data: ServiceKeyBotUserSpaceAssignment.from_dict(spaces_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spaces


_lazy(ServiceKeyBotUserOrgAssignment, "spaces", 2, _decode_spaces)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        OrganizationCustomRoleAssignment, \
        OrganizationPredefinedRoleAssignment, \
        ServiceKeyBotUserSpaceAssignment
    from ..models.organization_custom_role_assignment import OrganizationCustomRoleAssignment  # noqa: PLC0415
    from ..models.organization_predefined_role_assignment import (
        OrganizationPredefinedRoleAssignment,  # noqa: PLC0415
    )
    from ..models.service_key_bot_user_space_assignment import ServiceKeyBotUserSpaceAssignment  # noqa: PLC0415

    _LAZY_PENDING = False
