from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomProviderModelSelection")


@_attrs_define
class CustomProviderModelSelection:
    """Chat against a stored custom provider record.

    Attributes:
        model_name (str):
        provider_id (str):
        provider_type (Literal['custom']):
    """

    model_name: str
    provider_id: str
    provider_type: Literal["custom"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        provider_id = self.provider_id

        provider_type = self.provider_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelName": model_name,
                "providerId": provider_id,
                "providerType": provider_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model_name = d.pop("modelName")

        provider_id = d.pop("providerId")

        provider_type = cast(Literal["custom"], d.pop("providerType"))
        if provider_type != "custom":
            raise ValueError(f"providerType must match const 'custom', got '{provider_type}'")

        custom_provider_model_selection = cls(
            model_name=model_name,
            provider_id=provider_id,
            provider_type=provider_type,
        )

        custom_provider_model_selection.additional_properties = d
        return custom_provider_model_selection

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
