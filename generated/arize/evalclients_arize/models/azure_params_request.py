from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AzureParamsRequest")
_FIELDS = frozenset(
    {
        "azure_deployment_name",
        "azure_openai_endpoint",
        "azure_openai_version",
    }
)


@_attrs_define
class AzureParamsRequest:
    """Azure OpenAI specific parameters in a write request (strict form of AzureParams)

    Attributes:
        azure_deployment_name (str | Unset): The Azure deployment name
        azure_openai_endpoint (str | Unset): The Azure OpenAI endpoint URL
        azure_openai_version (str | Unset): The Azure OpenAI API version
    """

    azure_deployment_name: str | Unset = UNSET
    azure_openai_endpoint: str | Unset = UNSET
    azure_openai_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        azure_deployment_name = self.azure_deployment_name

        azure_openai_endpoint = self.azure_openai_endpoint

        azure_openai_version = self.azure_openai_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if azure_deployment_name is not UNSET:
            field_dict["azure_deployment_name"] = azure_deployment_name
        if azure_openai_endpoint is not UNSET:
            field_dict["azure_openai_endpoint"] = azure_openai_endpoint
        if azure_openai_version is not UNSET:
            field_dict["azure_openai_version"] = azure_openai_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        azure_deployment_name = d.get("azure_deployment_name", UNSET)

        azure_openai_endpoint = d.get("azure_openai_endpoint", UNSET)

        azure_openai_version = d.get("azure_openai_version", UNSET)

        azure_params_request = cls(
            azure_deployment_name,
            azure_openai_endpoint,
            azure_openai_version,
        )

        if not d.keys() <= _FIELDS:
            azure_params_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return azure_params_request

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
