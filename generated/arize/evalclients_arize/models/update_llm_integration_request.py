from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_llm_integration_request_type import (
    UpdateLlmIntegrationRequestType,
    check_update_llm_integration_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.integration_scoping_request import IntegrationScopingRequest
    from ..models.update_llm_config import UpdateLlmConfig


T = TypeVar("T", bound="UpdateLlmIntegrationRequest")
_FIELDS = frozenset(
    {
        "type",
        "config",
        "name",
        "scopings",
    }
)


@_attrs_define
class UpdateLlmIntegrationRequest:
    """PATCH body for an `LLM` integration. `type` is required (it selects the union member) and immutable. Provide at
    least one updatable field (`name`, `scopings`, or `config`) in addition to `type`. `scopings` replaces on provide.

        Attributes:
            type_ (UpdateLlmIntegrationRequestType): Discriminator. Immutable; must match the integration's type.
            config (UpdateLlmConfig | Unset): Partial LLM config for PATCH. `provider` is immutable; if present it must
                match the stored value. Invalid provider/field combinations return 422.  Provider-specific fields: - `api_key`,
                `is_function_calling_enabled`: all except `AWS_BEDROCK`, `VERTEX_AI` - `auth`: `AWS_BEDROCK`, `CUSTOM` -
                `base_url`: `ANTHROPIC`, `CUSTOM`, `LITELLM`, `NVIDIA_NIM` - `headers`: `CUSTOM`, `LITELLM`, `NVIDIA_NIM` -
                `is_default_models_enabled`: `AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `NVIDIA_NIM`, `TOGETHER_AI` - `model_names`:
                `AWS_BEDROCK`, `CUSTOM`, `FIREWORKS`, `LITELLM`, `NVIDIA_NIM`, `TOGETHER_AI` - `project_id`, `location`,
                `project_access_label`: `VERTEX_AI` only
            name (str | Unset): New integration name.
            scopings (list[IntegrationScopingRequest] | Unset): Replaces the existing scoping rules.
    """

    type_: UpdateLlmIntegrationRequestType
    config: UpdateLlmConfig | Unset = UNSET
    name: str | Unset = UNSET
    scopings: list[IntegrationScopingRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        type_: str = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        name = self.name

        scopings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scopings, Unset):
            scopings = []
            for scopings_item_data in self.scopings:
                scopings_item = scopings_item_data.to_dict()
                scopings.append(scopings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if name is not UNSET:
            field_dict["name"] = name
        if scopings is not UNSET:
            field_dict["scopings"] = scopings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        type_ = check_update_llm_integration_request_type(d["type"])

        _config = d.get("config", UNSET)
        config: UpdateLlmConfig | Unset
        if _config is UNSET:
            config = UNSET
        else:
            config = UpdateLlmConfig.from_dict(_config)

        name = d.get("name", UNSET)

        _scopings = d.get("scopings", UNSET)
        scopings: list[IntegrationScopingRequest] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScopingRequest.from_dict(scopings_item_data)
                for scopings_item_data in _scopings
            ]

        update_llm_integration_request = cls(
            type_,
            config,
            name,
            scopings,
        )

        if not d.keys() <= _FIELDS:
            update_llm_integration_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return update_llm_integration_request

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
    global _LAZY_PENDING, IntegrationScopingRequest, UpdateLlmConfig
    from ..models.integration_scoping_request import IntegrationScopingRequest  # noqa: PLC0415
    from ..models.update_llm_config import UpdateLlmConfig  # noqa: PLC0415

    _LAZY_PENDING = False
