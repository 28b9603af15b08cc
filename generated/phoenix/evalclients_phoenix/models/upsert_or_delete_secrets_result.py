from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UpsertOrDeleteSecretsResult")
_FIELDS = frozenset(
    {
        "deleted_keys",
        "upserted_keys",
    }
)


@_attrs_define
class UpsertOrDeleteSecretsResult:
    """Result payload listing which keys were upserted and which were deleted.

    Attributes:
        deleted_keys (list[str]):
        upserted_keys (list[str]):
    """

    deleted_keys: list[str]
    upserted_keys: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deleted_keys = self.deleted_keys

        upserted_keys = self.upserted_keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deleted_keys": deleted_keys,
                "upserted_keys": upserted_keys,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        deleted_keys: list[str] = d["deleted_keys"]

        upserted_keys: list[str] = d["upserted_keys"]

        upsert_or_delete_secrets_result = cls(
            deleted_keys,
            upserted_keys,
        )

        if not d.keys() <= _FIELDS:
            upsert_or_delete_secrets_result.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return upsert_or_delete_secrets_result

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
