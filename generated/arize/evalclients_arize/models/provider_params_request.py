from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.anthropic_headers_request import AnthropicHeadersRequest
    from ..models.azure_params_request import AzureParamsRequest
    from ..models.bedrock_options_request import BedrockOptionsRequest


T = TypeVar("T", bound="ProviderParamsRequest")
_FIELDS = frozenset(
    {
        "anthropic_headers",
        "anthropic_version",
        "azure_params",
        "bedrock_options",
        "region",
    }
)


@_attrs_define
class ProviderParamsRequest:
    """Provider-specific parameters in a write request (strict form of ProviderParams; leaf schemas use *Request variants)

    Attributes:
        anthropic_headers (AnthropicHeadersRequest | Unset): Anthropic-specific headers in a write request (strict form
            of AnthropicHeaders)
        anthropic_version (str | Unset): Anthropic API version
        azure_params (AzureParamsRequest | Unset): Azure OpenAI specific parameters in a write request (strict form of
            AzureParams)
        bedrock_options (BedrockOptionsRequest | Unset): AWS Bedrock options in a write request (strict form of
            BedrockOptions)
        region (str | Unset): Region for the model deployment
    """

    anthropic_headers: AnthropicHeadersRequest | Unset = UNSET
    anthropic_version: str | Unset = UNSET
    azure_params: AzureParamsRequest | Unset = UNSET
    bedrock_options: BedrockOptionsRequest | Unset = UNSET
    region: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        anthropic_headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.anthropic_headers, Unset):
            anthropic_headers = self.anthropic_headers.to_dict()

        anthropic_version = self.anthropic_version

        azure_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_params, Unset):
            azure_params = self.azure_params.to_dict()

        bedrock_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bedrock_options, Unset):
            bedrock_options = self.bedrock_options.to_dict()

        region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if anthropic_headers is not UNSET:
            field_dict["anthropic_headers"] = anthropic_headers
        if anthropic_version is not UNSET:
            field_dict["anthropic_version"] = anthropic_version
        if azure_params is not UNSET:
            field_dict["azure_params"] = azure_params
        if bedrock_options is not UNSET:
            field_dict["bedrock_options"] = bedrock_options
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _anthropic_headers = d.get("anthropic_headers", UNSET)
        anthropic_headers: AnthropicHeadersRequest | Unset
        if _anthropic_headers is UNSET:
            anthropic_headers = UNSET
        else:
            anthropic_headers = AnthropicHeadersRequest.from_dict(_anthropic_headers)

        anthropic_version = d.get("anthropic_version", UNSET)

        _azure_params = d.get("azure_params", UNSET)
        azure_params: AzureParamsRequest | Unset
        if _azure_params is UNSET:
            azure_params = UNSET
        else:
            azure_params = AzureParamsRequest.from_dict(_azure_params)

        _bedrock_options = d.get("bedrock_options", UNSET)
        bedrock_options: BedrockOptionsRequest | Unset
        if _bedrock_options is UNSET:
            bedrock_options = UNSET
        else:
            bedrock_options = BedrockOptionsRequest.from_dict(_bedrock_options)

        region = d.get("region", UNSET)

        provider_params_request = cls(
            anthropic_headers,
            anthropic_version,
            azure_params,
            bedrock_options,
            region,
        )

        if not d.keys() <= _FIELDS:
            provider_params_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return provider_params_request

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
    global _LAZY_PENDING, AnthropicHeadersRequest, AzureParamsRequest, BedrockOptionsRequest
    from ..models.anthropic_headers_request import AnthropicHeadersRequest  # noqa: PLC0415
    from ..models.azure_params_request import AzureParamsRequest  # noqa: PLC0415
    from ..models.bedrock_options_request import BedrockOptionsRequest  # noqa: PLC0415

    _LAZY_PENDING = False
