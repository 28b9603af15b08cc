from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_provider import ModelProvider, check_model_provider

T = TypeVar("T", bound="BuiltInProviderModelSelection")


@_attrs_define
class BuiltInProviderModelSelection:
    """Chat against a Phoenix built-in provider.

    Credentials and connection details (base URL, Azure endpoint, AWS
    region) are resolved from the secret store first and the process
    environment second.

        Attributes:
            model_name (str):
            provider (ModelProvider):
            provider_type (Literal['builtin']):
    """

    model_name: str
    provider: ModelProvider
    provider_type: Literal["builtin"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        provider: str = self.provider

        provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "provider": provider,
                "providerType": provider_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = d.pop("modelName")

        provider = check_model_provider(d.pop("provider"))

        provider_type = cast(Literal["builtin"], d.pop("providerType"))
        if provider_type != "builtin":
            raise ValueError(f"providerType must match const 'builtin', got '{provider_type}'")

        built_in_provider_model_selection = cls(
            model_name=model_name,
            provider=provider,
            provider_type=provider_type,
        )

        built_in_provider_model_selection.additional_properties = d
        return built_in_provider_model_selection

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
