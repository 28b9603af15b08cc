from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SecretKeyValue")
_FIELDS = frozenset(
    {
        "key",
        "value",
    }
)


@_attrs_define
class SecretKeyValue:
    """A single secret entry specifying a key and a required nullable value.

    Attributes:
        key (str):
        value (None | str): Provide a string to create or update the secret, or explicit null to delete it. This field
            is required; omitting it returns 422.
    """

    key: str
    value: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value: None | str
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
        d = src_dict
        key = d["key"]

        value: None | str = d["value"]

        secret_key_value = cls(
            key,
            value,
        )

        if not d.keys() <= _FIELDS:
            secret_key_value.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return secret_key_value

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
