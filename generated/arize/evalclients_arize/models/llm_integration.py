from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.anthropic_config import AnthropicConfig
    from ..models.aws_bedrock_config import AwsBedrockConfig
    from ..models.custom_config import CustomConfig
    from ..models.gemini_config import GeminiConfig
    from ..models.integration_scoping import IntegrationScoping
    from ..models.nvidia_nim_config import NvidiaNimConfig
    from ..models.open_ai_config import OpenAiConfig
    from ..models.vertex_ai_config import VertexAiConfig


T = TypeVar("T", bound="LlmIntegration")
_FIELDS = frozenset(
    {
        "config",
        "created_at",
        "created_by_user_id",
        "id",
        "name",
        "scopings",
        "type",
        "updated_at",
    }
)


@_attrs_define
class LlmIntegration:
    """An LLM integration (type=LLM).

    Attributes:
        config (AnthropicConfig | AwsBedrockConfig | CustomConfig | GeminiConfig | NvidiaNimConfig | OpenAiConfig |
            VertexAiConfig): Per-provider LLM config, discriminated by `provider`.
        created_at (datetime.datetime): When the integration was created.
        created_by_user_id (str): Unique identifier of the user who created the integration.
        id (str): The unique identifier for the integration.
        name (str): The integration name. Unique per (account, type).
        scopings (list[IntegrationScoping]): Visibility scoping rules. Account-wide when empty.
        type_ (str): Discriminator identifying an LLM integration.
        updated_at (datetime.datetime): When the integration was last updated.
    """

    config: (
        AnthropicConfig
        | AwsBedrockConfig
        | CustomConfig
        | GeminiConfig
        | NvidiaNimConfig
        | OpenAiConfig
        | VertexAiConfig
    )
    created_at: datetime.datetime
    created_by_user_id: str
    id: str
    name: str
    scopings: list[IntegrationScoping]
    type_: str
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        config: dict[str, Any]
        if isinstance(self.config, OpenAiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, AnthropicConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, GeminiConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, AwsBedrockConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, CustomConfig):
            config = self.config.to_dict()
        elif isinstance(self.config, VertexAiConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        created_at = self.created_at.isoformat()

        created_by_user_id = self.created_by_user_id

        id = self.id

        name = self.name

        scopings = []
        for scopings_item_data in self.scopings:
            scopings_item = scopings_item_data.to_dict()
            scopings.append(scopings_item)

        type_ = self.type_

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "created_at": created_at,
                "created_by_user_id": created_by_user_id,
                "id": id,
                "name": name,
                "scopings": scopings,
                "type": type_,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        config = _parse_config(d["config"])

        created_at = datetime.datetime.fromisoformat(d["created_at"])

        created_by_user_id = d["created_by_user_id"]

        id = d["id"]

        name = d["name"]

        scopings = [
            IntegrationScoping.from_dict(scopings_item_data) for scopings_item_data in d["scopings"]
        ]

        type_ = d["type"]

        updated_at = datetime.datetime.fromisoformat(d["updated_at"])

        llm_integration = cls(
            config,
            created_at,
            created_by_user_id,
            id,
            name,
            scopings,
            type_,
            updated_at,
        )

        if not d.keys() <= _FIELDS:
            llm_integration.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return llm_integration

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


def _parse_config(
    data: object,
) -> (
    AnthropicConfig
    | AwsBedrockConfig
    | CustomConfig
    | GeminiConfig
    | NvidiaNimConfig
    | OpenAiConfig
    | VertexAiConfig
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_llm_config_type_0 = OpenAiConfig.from_dict(data)

        return componentsschemas_llm_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_llm_config_type_1 = AnthropicConfig.from_dict(data)

        return componentsschemas_llm_config_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_llm_config_type_2 = GeminiConfig.from_dict(data)

        return componentsschemas_llm_config_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_llm_config_type_3 = AwsBedrockConfig.from_dict(data)

        return componentsschemas_llm_config_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_llm_config_type_4 = CustomConfig.from_dict(data)

        return componentsschemas_llm_config_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_llm_config_type_5 = VertexAiConfig.from_dict(data)

        return componentsschemas_llm_config_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_llm_config_type_6 = NvidiaNimConfig.from_dict(data)

    return componentsschemas_llm_config_type_6


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        AnthropicConfig, \
        AwsBedrockConfig, \
        CustomConfig, \
        GeminiConfig, \
        IntegrationScoping, \
        NvidiaNimConfig, \
        OpenAiConfig, \
        VertexAiConfig
    from ..models.anthropic_config import AnthropicConfig  # noqa: PLC0415
    from ..models.aws_bedrock_config import AwsBedrockConfig  # noqa: PLC0415
    from ..models.custom_config import CustomConfig  # noqa: PLC0415
    from ..models.gemini_config import GeminiConfig  # noqa: PLC0415
    from ..models.integration_scoping import IntegrationScoping  # noqa: PLC0415
    from ..models.nvidia_nim_config import NvidiaNimConfig  # noqa: PLC0415
    from ..models.open_ai_config import OpenAiConfig  # noqa: PLC0415
    from ..models.vertex_ai_config import VertexAiConfig  # noqa: PLC0415

    _LAZY_PENDING = False
