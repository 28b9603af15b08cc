from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.audit_log_operation_type import AuditLogOperationType, check_audit_log_operation_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuditLog")
_FIELDS = frozenset(
    {
        "created_at",
        "id",
        "ip",
        "operation_type",
        "user_id",
        "operation_name",
        "operation_text",
        "variables",
    }
)


@_attrs_define
class AuditLog:
    """A single audit log entry recording an authenticated user action.

    Attributes:
        created_at (datetime.datetime): ISO 8601 timestamp when the action was recorded. Example:
            2026-05-18T12:00:00.000Z.
        id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
        ip (str): The IP address from which the request originated. Example: 1.2.3.4.
        operation_type (AuditLogOperationType): The type of operation that was audited.
        user_id (str): A universally unique identifier (base64-encoded opaque string). Example: RW50aXR5OjEyMzQ1.
        operation_name (None | str | Unset): The name of the GraphQL operation or REST endpoint. Example:
            createAiIntegration.
        operation_text (None | str | Unset): The full text of the operation (query or mutation body, or REST request
            body). Example: mutation createAiIntegration { ... }.
        variables (None | str | Unset): JSON-serialized variables passed with the operation. Example: {}.
    """

    created_at: datetime.datetime
    id: str
    ip: str
    operation_type: AuditLogOperationType
    user_id: str
    operation_name: None | str | Unset = UNSET
    operation_text: None | str | Unset = UNSET
    variables: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at = self.created_at.isoformat()

        id = self.id

        ip = self.ip

        operation_type: str = self.operation_type

        user_id = self.user_id

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

        variables: None | str | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_at": created_at,
                "id": id,
                "ip": ip,
                "operation_type": operation_type,
                "user_id": user_id,
            }
        )
        if operation_name is not UNSET:
            field_dict["operation_name"] = operation_name
        if operation_text is not UNSET:
            field_dict["operation_text"] = operation_text
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        created_at = datetime.datetime.fromisoformat(d["created_at"])

        id = d["id"]

        ip = d["ip"]

        operation_type = check_audit_log_operation_type(d["operation_type"])

        user_id = d["user_id"]

        operation_name: None | str | Unset = d.get("operation_name", UNSET)

        operation_text: None | str | Unset = d.get("operation_text", UNSET)

        variables: None | str | Unset = d.get("variables", UNSET)

        audit_log = cls(
            created_at,
            id,
            ip,
            operation_type,
            user_id,
            operation_name,
            operation_text,
            variables,
        )

        if not d.keys() <= _FIELDS:
            audit_log.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return audit_log

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
