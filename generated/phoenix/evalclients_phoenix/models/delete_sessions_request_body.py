from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeleteSessionsRequestBody")
_FIELDS = frozenset(
    {
        "session_identifiers",
    }
)


@_attrs_define
class DeleteSessionsRequestBody:
    """
    Attributes:
        session_identifiers (list[str]): List of session identifiers to delete. All identifiers must be the same type:
            either all GlobalIDs or all user-provided session_id strings.
    """

    session_identifiers: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_identifiers = self.session_identifiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_identifiers": session_identifiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        session_identifiers: list[str] = d["session_identifiers"]

        delete_sessions_request_body = cls(
            session_identifiers,
        )

        if not d.keys() <= _FIELDS:
            delete_sessions_request_body.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return delete_sessions_request_body

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
