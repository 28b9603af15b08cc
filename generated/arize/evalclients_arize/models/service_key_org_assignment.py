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
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,
    )
    from ..models.service_key_space_assignment import ServiceKeySpaceAssignment


T = TypeVar("T", bound="ServiceKeyOrgAssignment")
_new = object.__new__
_FIELDS = frozenset(
    {
        "org_id",
        "spaces",
        "role",
    }
)


@_attrs_define
class ServiceKeyOrgAssignment:
    """ServiceKeyOrgAssignment

    Attributes:
        org_id (str): ID of the organization to grant the service account access to.
        spaces (list[ServiceKeySpaceAssignment]): Spaces within this organization the service account should have access
            to. Each entry specifies a space and optional role. All space IDs must belong to this organization.
        role (OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest | Unset): Strict
            request form of OrganizationRoleAssignment. Used in write request bodies. - `PREDEFINED`: `{ "type":
            "PREDEFINED", "name": "ADMIN" | "MEMBER" | "READ_ONLY" | "ANNOTATOR" }` - `CUSTOM`: `{ "type": "CUSTOM", "id":
            "<encoded-role-id>" }`
    """

    org_id: str | Unset
    spaces: list[ServiceKeySpaceAssignment] | Unset
    role: (
        OrganizationCustomRoleAssignmentRequest
        | OrganizationPredefinedRoleAssignmentRequest
        | Unset
    ) = UNSET
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
            spaces = []
            for spaces_item_data in self.spaces:
                spaces_item = spaces_item_data.to_dict()
                spaces.append(spaces_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            spaces = _as_json(self.spaces)

        try:
            role: dict[str, Any] | Unset
            if isinstance(self.role, Unset):
                role = UNSET
            elif isinstance(self.role, OrganizationPredefinedRoleAssignmentRequest):
                role = self.role.to_dict()
            else:
                role = self.role.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "org_id": org_id,
                "spaces": spaces,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role

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
            org_id = d["org_id"]
            if not (type(org_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            org_id, _drifted = _keep(cls, d, "org_id", "str", "type", _drifted)

        _spaces_raw = d.get("spaces", UNSET)
        if _spaces_raw is not UNSET and not _strict:
            spaces = _spaces_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                spaces = [
                    ServiceKeySpaceAssignment.from_dict(spaces_item_data)
                    for spaces_item_data in d["spaces"]
                ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                spaces, _drifted = _keep_each(
                    cls,
                    d,
                    "spaces",
                    "list[ServiceKeySpaceAssignment]",
                    "type",
                    lambda spaces_item_data: ServiceKeySpaceAssignment.from_dict(spaces_item_data),
                    _drifted,
                )

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
                    "OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest",
                    "union",
                    _drifted,
                )

        _service_key_org_assignment_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _service_key_org_assignment_.org_id = org_id
        _service_key_org_assignment_._spaces_slot = spaces  # type: ignore[attr-defined]
        _service_key_org_assignment_._role_slot = role  # type: ignore[attr-defined]
        _service_key_org_assignment_.additional_properties = {}
        _service_key_org_assignment_._pending = _pending

        if _extra:
            _service_key_org_assignment_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_service_key_org_assignment_, _drifted)
        return _service_key_org_assignment_

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
) -> OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest | Unset:
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_organization_role_assignment_request_type_0 = (
            OrganizationPredefinedRoleAssignmentRequest.from_dict(data, _strict=True)
        )

        return componentsschemas_organization_role_assignment_request_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_organization_role_assignment_request_type_1 = (
        OrganizationCustomRoleAssignmentRequest.from_dict(data, _strict=True)
    )

    return componentsschemas_organization_role_assignment_request_type_1


def _decode_spaces(self: ServiceKeyOrgAssignment, raw: Any) -> Any:
    """``spaces`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        spaces = [ServiceKeySpaceAssignment.from_dict(spaces_item_data) for spaces_item_data in raw]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        spaces, _drifted = _keep_each(
            type(self),
            {"spaces": raw},
            "spaces",
            "list[ServiceKeySpaceAssignment]",
            "type",
            lambda spaces_item_data: ServiceKeySpaceAssignment.from_dict(spaces_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return spaces


_lazy(ServiceKeyOrgAssignment, "spaces", 1, _decode_spaces)


def _decode_role(self: ServiceKeyOrgAssignment, raw: Any) -> Any:
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
            "OrganizationCustomRoleAssignmentRequest | OrganizationPredefinedRoleAssignmentRequest",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return role


_lazy(ServiceKeyOrgAssignment, "role", 2, _decode_role)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        OrganizationCustomRoleAssignmentRequest, \
        OrganizationPredefinedRoleAssignmentRequest, \
        ServiceKeySpaceAssignment
    from ..models.organization_custom_role_assignment_request import (
        OrganizationCustomRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.organization_predefined_role_assignment_request import (
        OrganizationPredefinedRoleAssignmentRequest,  # noqa: PLC0415
    )
    from ..models.service_key_space_assignment import ServiceKeySpaceAssignment  # noqa: PLC0415

    _LAZY_PENDING = False
