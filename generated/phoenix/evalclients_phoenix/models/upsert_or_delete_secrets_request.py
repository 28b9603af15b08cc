from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.secret_key_value import SecretKeyValue


T = TypeVar("T", bound="UpsertOrDeleteSecretsRequest")
_FIELDS = frozenset(
    {
        "secrets",
    }
)


@_attrs_define
class UpsertOrDeleteSecretsRequest:
    """Request body for the PUT /secrets endpoint.

    Attributes:
        secrets (list[SecretKeyValue]):
    """

    secrets: list[SecretKeyValue]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        secrets = []
        for secrets_item_data in self.secrets:
            secrets_item = secrets_item_data.to_dict()
            secrets.append(secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "secrets": secrets,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        secrets = [
            SecretKeyValue.from_dict(secrets_item_data) for secrets_item_data in d["secrets"]
        ]

        upsert_or_delete_secrets_request = cls(
            secrets,
        )

        if not d.keys() <= _FIELDS:
            upsert_or_delete_secrets_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return upsert_or_delete_secrets_request

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


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, SecretKeyValue
    from ..models.secret_key_value import SecretKeyValue  # noqa: PLC0415

    _LAZY_PENDING = False
