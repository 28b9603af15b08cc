from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateToolLogResponse")
_FIELDS = frozenset(
    {
        "id",
        "tool_id",
        "version_id",
        "session_id",
    }
)


@_attrs_define
class CreateToolLogResponse:
    """
    Attributes:
        id (str): String ID of log.
        tool_id (str): ID of the Tool the log belongs to.
        version_id (str): ID of the specific version of the Tool.
        session_id (str | Unset): String ID of session the log belongs to.
    """

    id: str
    tool_id: str
    version_id: str
    session_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        tool_id = self.tool_id

        version_id = self.version_id

        session_id = self.session_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tool_id": tool_id,
                "version_id": version_id,
            }
        )
        if session_id is not UNSET:
            field_dict["session_id"] = session_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        tool_id = d["tool_id"]

        version_id = d["version_id"]

        session_id = d.get("session_id", UNSET)

        create_tool_log_response = cls(
            id,
            tool_id,
            version_id,
            session_id,
        )

        if not d.keys() <= _FIELDS:
            create_tool_log_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return create_tool_log_response

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
