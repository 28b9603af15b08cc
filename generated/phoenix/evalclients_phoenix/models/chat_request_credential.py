from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChatRequestCredential")


@_attrs_define
class ChatRequestCredential:
    """One client-held credential riding the request for the duration of a turn.

    The value is ephemeral: it is injected server-side as transport auth for
    the matching integration and is never persisted, traced, or echoed. It is
    top-level on the request body — never part of the message — so it cannot
    reach the session transcript.

        Attributes:
            key (Literal['GITHUB_PERSONAL_ACCESS_TOKEN']): The credential's secret-key name.
            value (str):
    """

    key: Literal["GITHUB_PERSONAL_ACCESS_TOKEN"]
    value: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = cast(Literal["GITHUB_PERSONAL_ACCESS_TOKEN"], d.pop("key"))
        if key != "GITHUB_PERSONAL_ACCESS_TOKEN":
            raise ValueError(f"key must match const 'GITHUB_PERSONAL_ACCESS_TOKEN', got '{key}'")

        value = d.pop("value")

        chat_request_credential = cls(
            key=key,
            value=value,
        )

        chat_request_credential.additional_properties = d
        return chat_request_credential

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
