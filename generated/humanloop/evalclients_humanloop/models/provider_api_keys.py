from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProviderApiKeys")
_FIELDS = frozenset(
    {
        "ai21",
        "anthropic",
        "bedrock",
        "cohere",
        "mock",
        "openai",
        "openai_azure",
        "openai_azure_endpoint",
    }
)


@_attrs_define
class ProviderApiKeys:
    """
    Attributes:
        ai21 (str | Unset):
        anthropic (str | Unset):
        bedrock (str | Unset):
        cohere (str | Unset):
        mock (str | Unset):
        openai (str | Unset):
        openai_azure (str | Unset):
        openai_azure_endpoint (str | Unset):
    """

    ai21: str | Unset = UNSET
    anthropic: str | Unset = UNSET
    bedrock: str | Unset = UNSET
    cohere: str | Unset = UNSET
    mock: str | Unset = UNSET
    openai: str | Unset = UNSET
    openai_azure: str | Unset = UNSET
    openai_azure_endpoint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai21 = self.ai21

        anthropic = self.anthropic

        bedrock = self.bedrock

        cohere = self.cohere

        mock = self.mock

        openai = self.openai

        openai_azure = self.openai_azure

        openai_azure_endpoint = self.openai_azure_endpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai21 is not UNSET:
            field_dict["ai21"] = ai21
        if anthropic is not UNSET:
            field_dict["anthropic"] = anthropic
        if bedrock is not UNSET:
            field_dict["bedrock"] = bedrock
        if cohere is not UNSET:
            field_dict["cohere"] = cohere
        if mock is not UNSET:
            field_dict["mock"] = mock
        if openai is not UNSET:
            field_dict["openai"] = openai
        if openai_azure is not UNSET:
            field_dict["openai_azure"] = openai_azure
        if openai_azure_endpoint is not UNSET:
            field_dict["openai_azure_endpoint"] = openai_azure_endpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        ai21 = d.get("ai21", UNSET)

        anthropic = d.get("anthropic", UNSET)

        bedrock = d.get("bedrock", UNSET)

        cohere = d.get("cohere", UNSET)

        mock = d.get("mock", UNSET)

        openai = d.get("openai", UNSET)

        openai_azure = d.get("openai_azure", UNSET)

        openai_azure_endpoint = d.get("openai_azure_endpoint", UNSET)

        provider_api_keys = cls(
            ai21,
            anthropic,
            bedrock,
            cohere,
            mock,
            openai,
            openai_azure,
            openai_azure_endpoint,
        )

        if not d.keys() <= _FIELDS:
            provider_api_keys.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return provider_api_keys

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
