from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PlaygroundCustomProviderModelUIContext")


@_attrs_define
class PlaygroundCustomProviderModelUIContext:
    """
    Attributes:
        custom_provider_id (str):
        custom_provider_name (str):
        model_name (str):
        provider (str):
        type_ (Literal['custom'] | Unset):  Default: 'custom'.
    """

    custom_provider_id: str
    custom_provider_name: str
    model_name: str
    provider: str
    type_: Literal["custom"] | Unset = "custom"

    def to_dict(self) -> dict[str, Any]:
        custom_provider_id = self.custom_provider_id

        custom_provider_name = self.custom_provider_name

        model_name = self.model_name

        provider = self.provider

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "customProviderId": custom_provider_id,
                "customProviderName": custom_provider_name,
                "modelName": model_name,
                "provider": provider,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        custom_provider_id = d.pop("customProviderId")

        custom_provider_name = d.pop("customProviderName")

        model_name = d.pop("modelName")

        provider = d.pop("provider")

        type_ = cast(Literal["custom"] | Unset, d.pop("type", UNSET))
        if type_ != "custom" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'custom', got '{type_}'")

        playground_custom_provider_model_ui_context = cls(
            custom_provider_id=custom_provider_id,
            custom_provider_name=custom_provider_name,
            model_name=model_name,
            provider=provider,
            type_=type_,
        )

        return playground_custom_provider_model_ui_context
