from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RemoteConfigInput")
_FIELDS = frozenset(
    {
        "integration_id",
    }
)


@_attrs_define
class RemoteConfigInput:
    """Remote configuration for a `REMOTE` evaluator version in write requests. The referenced integration may also be used
    by other versions; editing it affects every version that references it.

        Attributes:
            integration_id (str): `EVALUATOR` integration identifier (base64), as returned by the integrations API (`POST
                /v2/integrations` with `type: EVALUATOR`). Must reference an integration of type `EVALUATOR`; other integration
                types are rejected.
    """

    integration_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        integration_id = d["integration_id"]

        remote_config_input = cls(
            integration_id,
        )

        if not d.keys() <= _FIELDS:
            remote_config_input.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return remote_config_input

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
