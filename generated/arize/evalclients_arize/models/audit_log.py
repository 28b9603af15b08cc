from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

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
from ..models.audit_log_operation_type import AuditLogOperationType, check_audit_log_operation_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLog")
_new = object.__new__
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "ip",
        "operation_name",
        "operation_text",
        "operation_type",
        "user_id",
        "variables",
    }
)


_SHAPES: dict[tuple[str, ...], Any] = {}
"""A decoder per shape (key sequence) of the objects decoded so far (``drift.shaped``)."""
_SHAPE_FIELDS: tuple[_ShapeField, ...] = (
    ("created_at", "_created_at_slot", False, 1, ""),
    (
        "id",
        "id",
        False,
        0,
        "id = _j_id\nif not (type(id) is str or id is UNSET):\n    raise TypeError",
    ),
    (
        "ip",
        "ip",
        False,
        0,
        "ip = _j_ip\nif not (type(ip) is str or ip is UNSET):\n    raise TypeError",
    ),
    (
        "operation_name",
        "operation_name",
        False,
        0,
        "operation_name: None | str | Unset = _j_operation_name\n\nif not (operation_name is None or type(operation_name) is str or operation_name is UNSET):\n    raise TypeError",
    ),
    (
        "operation_text",
        "operation_text",
        False,
        0,
        "operation_text: None | str | Unset = _j_operation_text\n\nif not (operation_text is None or type(operation_text) is str or operation_text is UNSET):\n    raise TypeError",
    ),
    (
        "operation_type",
        "operation_type",
        False,
        0,
        "_operation_type = _j_operation_type\noperation_type: AuditLogOperationType | Unset\nif _operation_type is UNSET:\n    operation_type = UNSET\nelse:\n    operation_type = check_audit_log_operation_type(_operation_type)",
    ),
    (
        "user_id",
        "user_id",
        False,
        0,
        "user_id = _j_user_id\nif not (type(user_id) is str or user_id is UNSET):\n    raise TypeError",
    ),
    (
        "variables",
        "variables",
        False,
        0,
        "variables: None | str | Unset = _j_variables\n\nif not (variables is None or type(variables) is str or variables is UNSET):\n    raise TypeError",
    ),
)


@_attrs_define
class AuditLog:
    """A single audit log entry recording an authenticated user action.

    Attributes:
        created_at (datetime.datetime | Unset): ISO 8601 timestamp when the action was recorded.
        id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        ip (str | Unset): The IP address from which the request originated.
        operation_name (None | str | Unset): The name of the GraphQL operation or REST endpoint.
        operation_text (None | str | Unset): The full text of the operation (query or mutation body, or REST request
            body).
        operation_type (AuditLogOperationType | Unset): The type of operation that was audited.
        user_id (str | Unset): A universally unique identifier (base64-encoded opaque string).
        variables (None | str | Unset): JSON-serialized variables passed with the operation.
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    ip: str | Unset = UNSET
    operation_name: None | str | Unset = UNSET
    operation_text: None | str | Unset = UNSET
    operation_type: AuditLogOperationType | Unset = UNSET
    user_id: str | Unset = UNSET
    variables: None | str | Unset = UNSET
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

        ip = self.ip

        operation_name: None | str | Unset
        if isinstance(self.operation_name, Unset):
            operation_name = UNSET
        else:
            operation_name = self.operation_name

        operation_text: None | str | Unset
        if isinstance(self.operation_text, Unset):
            operation_text = UNSET
        else:
            operation_text = self.operation_text

        try:
            operation_type: str | Unset = UNSET
            if not isinstance(self.operation_type, Unset):
                operation_type = self.operation_type

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            operation_type = _as_json(self.operation_type)

        user_id = self.user_id

        variables: None | str | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if ip is not UNSET:
            field_dict["ip"] = ip
        if operation_name is not UNSET:
            field_dict["operation_name"] = operation_name
        if operation_text is not UNSET:
            field_dict["operation_text"] = operation_text
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if variables is not UNSET:
            field_dict["variables"] = variables

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
            ip = d.get("ip", UNSET)
            if not (type(ip) is str or ip is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            ip, _drifted = _keep(cls, d, "ip", "str", "type", _drifted)

        try:
            operation_name: None | str | Unset = d.get("operation_name", UNSET)

            if not (
                operation_name is None or type(operation_name) is str or operation_name is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            operation_name, _drifted = _keep(
                cls, d, "operation_name", "None | str", "type", _drifted
            )

        try:
            operation_text: None | str | Unset = d.get("operation_text", UNSET)

            if not (
                operation_text is None or type(operation_text) is str or operation_text is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            operation_text, _drifted = _keep(
                cls, d, "operation_text", "None | str", "type", _drifted
            )

        try:
            _operation_type = d.get("operation_type", UNSET)
            operation_type: AuditLogOperationType | Unset
            if _operation_type is UNSET:
                operation_type = UNSET
            else:
                operation_type = check_audit_log_operation_type(_operation_type)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            operation_type, _drifted = _keep(
                cls, d, "operation_type", "one of MUTATION, QUERY, SUBSCRIPTION", "enum", _drifted
            )

        try:
            user_id = d.get("user_id", UNSET)
            if not (type(user_id) is str or user_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            user_id, _drifted = _keep(cls, d, "user_id", "str", "type", _drifted)

        try:
            variables: None | str | Unset = d.get("variables", UNSET)

            if not (variables is None or type(variables) is str or variables is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            variables, _drifted = _keep(cls, d, "variables", "None | str", "type", _drifted)

        _audit_log_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _audit_log_._created_at_slot = created_at  # type: ignore[attr-defined]
        _audit_log_.id = id
        _audit_log_.ip = ip
        _audit_log_.operation_name = operation_name
        _audit_log_.operation_text = operation_text
        _audit_log_.operation_type = operation_type
        _audit_log_.user_id = user_id
        _audit_log_.variables = variables
        _audit_log_.additional_properties = {}
        _audit_log_._pending = _pending

        if _extra:
            _audit_log_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_audit_log_, _drifted)
        return _audit_log_

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


def _decode_created_at(self: AuditLog, raw: Any) -> Any:
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


_lazy(AuditLog, "created_at", 1, _decode_created_at)
