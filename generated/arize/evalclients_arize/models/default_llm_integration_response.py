from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DefaultLLMIntegrationResponse")
_FIELDS = frozenset(
    {
        "integration_id",
        "model_name",
    }
)


@_attrs_define
class DefaultLLMIntegrationResponse:
    """DefaultLLMIntegrationResponse

    Attributes:
        integration_id (str | Unset): The unique identifier of the integration.
        model_name (str | Unset): The model name selected for the integration.
    """

    integration_id: str | Unset = UNSET
    model_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if integration_id is not UNSET:
            field_dict["integration_id"] = integration_id
        if model_name is not UNSET:
            field_dict["model_name"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        integration_id = d.get("integration_id", UNSET)

        model_name = d.get("model_name", UNSET)

        default_llm_integration_response = cls(
            integration_id,
            model_name,
        )

        if not d.keys() <= _FIELDS:
            default_llm_integration_response.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return default_llm_integration_response

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
