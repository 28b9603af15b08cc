from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DefaultLLMIntegration")
_FIELDS = frozenset(
    {
        "integration_id",
        "model_name",
    }
)


@_attrs_define
class DefaultLLMIntegration:
    """DefaultLLMIntegration

    Attributes:
        integration_id (str): The unique identifier of the integration.
        model_name (str): The model name selected for the integration.
    """

    integration_id: str
    model_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
                "model_name": model_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        integration_id = d["integration_id"]

        model_name = d["model_name"]

        default_llm_integration = cls(
            integration_id,
            model_name,
        )

        if not d.keys() <= _FIELDS:
            default_llm_integration.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return default_llm_integration

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
