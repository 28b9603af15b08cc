from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.create_llm_integration_request_type import (
    CreateLlmIntegrationRequestType,
    check_create_llm_integration_request_type,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_anthropic_config import CreateAnthropicConfig
    from ..models.create_aws_bedrock_config import CreateAwsBedrockConfig
    from ..models.create_custom_config import CreateCustomConfig
    from ..models.create_fireworks_config import CreateFireworksConfig
    from ..models.create_gemini_config import CreateGeminiConfig
    from ..models.create_lite_llm_config import CreateLiteLlmConfig
    from ..models.create_nvidia_nim_config import CreateNvidiaNimConfig
    from ..models.create_open_ai_config import CreateOpenAiConfig
    from ..models.create_together_ai_config import CreateTogetherAiConfig
    from ..models.create_vertex_ai_config import CreateVertexAiConfig
    from ..models.integration_scoping_request import IntegrationScopingRequest


T = TypeVar("T", bound="CreateLlmIntegrationRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "config",
        "name",
        "type",
        "scopings",
    }
)


@_attrs_define
class CreateLlmIntegrationRequest:
    """CreateLlmIntegrationRequest

    Attributes:
        config (CreateAnthropicConfig | CreateAwsBedrockConfig | CreateCustomConfig | CreateFireworksConfig |
            CreateGeminiConfig | CreateLiteLlmConfig | CreateNvidiaNimConfig | CreateOpenAiConfig | CreateTogetherAiConfig |
            CreateVertexAiConfig): CreateLlmConfig
        name (str): Integration name. Unique per (account, type).
        type_ (CreateLlmIntegrationRequestType): Discriminator identifying this request as an LLM integration.
        scopings (list[IntegrationScopingRequest] | Unset): Visibility scoping rules. Defaults to account-wide.
    """

    config: (
        CreateAnthropicConfig
        | CreateAwsBedrockConfig
        | CreateCustomConfig
        | CreateFireworksConfig
        | CreateGeminiConfig
        | CreateLiteLlmConfig
        | CreateNvidiaNimConfig
        | CreateOpenAiConfig
        | CreateTogetherAiConfig
        | CreateVertexAiConfig
        | Unset
    )
    name: str | Unset
    type_: CreateLlmIntegrationRequestType | Unset
    scopings: list[IntegrationScopingRequest] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            config: dict[str, Any]
            if isinstance(self.config, CreateOpenAiConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateAnthropicConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateGeminiConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateAwsBedrockConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateCustomConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateVertexAiConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateNvidiaNimConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateLiteLlmConfig):
                config = self.config.to_dict()
            elif isinstance(self.config, CreateFireworksConfig):
                config = self.config.to_dict()
            else:
                config = self.config.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            config = _as_json(self.config)

        name = self.name

        try:
            type_: str = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        try:
            scopings: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.scopings, Unset):
                scopings = []
                for scopings_item_data in self.scopings:
                    scopings_item = scopings_item_data.to_dict()
                    scopings.append(scopings_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            scopings = _as_json(self.scopings)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
                "name": name,
                "type": type_,
            }
        )
        if scopings is not UNSET:
            field_dict["scopings"] = scopings

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        _config_raw = d.get("config", UNSET)
        if _config_raw is not UNSET and not _strict:
            config = _config_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                config = _parse_config(d["config"])
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                config, _drifted = _keep(
                    cls,
                    d,
                    "config",
                    "CreateAnthropicConfig | CreateAwsBedrockConfig | CreateCustomConfig | CreateFireworksConfig | CreateGeminiConfig | CreateLiteLlmConfig | CreateNvidiaNimConfig | CreateOpenAiConfig | CreateTogetherAiConfig | CreateVertexAiConfig",
                    "union",
                    _drifted,
                )

        try:
            name = d["name"]
            if not (type(name) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "str", "type", _drifted)

        try:
            type_ = check_create_llm_integration_request_type(d["type"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "one of LLM", "enum", _drifted)

        _scopings_raw = d.get("scopings", UNSET)
        if _scopings_raw is UNSET:
            scopings = UNSET
        elif not _strict:
            scopings = _scopings_raw  # decoded on first read
            _pending |= 2
        else:
            try:
                _scopings = d.get("scopings", UNSET)
                scopings: list[IntegrationScopingRequest] | Unset = UNSET
                if _scopings is not UNSET:
                    scopings = [
                        IntegrationScopingRequest.from_dict(scopings_item_data)
                        for scopings_item_data in _scopings
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                scopings, _drifted = _keep_each(
                    cls,
                    d,
                    "scopings",
                    "list[IntegrationScopingRequest]",
                    "type",
                    lambda scopings_item_data: IntegrationScopingRequest.from_dict(
                        scopings_item_data
                    ),
                    _drifted,
                )

        _create_llm_integration_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _create_llm_integration_request_._config_slot = config  # type: ignore[attr-defined]
        _create_llm_integration_request_.name = name
        _create_llm_integration_request_.type_ = type_
        _create_llm_integration_request_._scopings_slot = scopings  # type: ignore[attr-defined]
        _create_llm_integration_request_.additional_properties = {}
        _create_llm_integration_request_._pending = _pending

        if _extra:
            _create_llm_integration_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_create_llm_integration_request_, _drifted)
        return _create_llm_integration_request_

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
    CreateAnthropicConfig
    | CreateAwsBedrockConfig
    | CreateCustomConfig
    | CreateFireworksConfig
    | CreateGeminiConfig
    | CreateLiteLlmConfig
    | CreateNvidiaNimConfig
    | CreateOpenAiConfig
    | CreateTogetherAiConfig
    | CreateVertexAiConfig
):
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_0 = CreateOpenAiConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_1 = CreateAnthropicConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_2 = CreateGeminiConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_3 = CreateAwsBedrockConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_4 = CreateCustomConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_5 = CreateVertexAiConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_6 = CreateNvidiaNimConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_6
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_7 = CreateLiteLlmConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_7
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_create_llm_config_type_8 = CreateFireworksConfig.from_dict(
            data, _strict=True
        )

        return componentsschemas_create_llm_config_type_8
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    componentsschemas_create_llm_config_type_9 = CreateTogetherAiConfig.from_dict(
        data, _strict=True
    )

    return componentsschemas_create_llm_config_type_9


def _decode_config(self: CreateLlmIntegrationRequest, raw: Any) -> Any:
    """``config`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        config = _parse_config(raw)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        config, _drifted = _keep(
            type(self),
            {"config": raw},
            "config",
            "CreateAnthropicConfig | CreateAwsBedrockConfig | CreateCustomConfig | CreateFireworksConfig | CreateGeminiConfig | CreateLiteLlmConfig | CreateNvidiaNimConfig | CreateOpenAiConfig | CreateTogetherAiConfig | CreateVertexAiConfig",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return config


_lazy(CreateLlmIntegrationRequest, "config", 1, _decode_config)


def _decode_scopings(self: CreateLlmIntegrationRequest, raw: Any) -> Any:
    """``scopings`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _scopings = raw
        scopings: list[IntegrationScopingRequest] | Unset = UNSET
        if _scopings is not UNSET:
            scopings = [
                IntegrationScopingRequest.from_dict(scopings_item_data)
                for scopings_item_data in _scopings
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        scopings, _drifted = _keep_each(
            type(self),
            {"scopings": raw},
            "scopings",
            "list[IntegrationScopingRequest]",
            "type",
            lambda scopings_item_data: IntegrationScopingRequest.from_dict(scopings_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return scopings


_lazy(CreateLlmIntegrationRequest, "scopings", 2, _decode_scopings)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        CreateAnthropicConfig, \
        CreateAwsBedrockConfig, \
        CreateCustomConfig, \
        CreateFireworksConfig, \
        CreateGeminiConfig, \
        CreateLiteLlmConfig, \
        CreateNvidiaNimConfig, \
        CreateOpenAiConfig, \
        CreateTogetherAiConfig, \
        CreateVertexAiConfig, \
        IntegrationScopingRequest
    from ..models.create_anthropic_config import CreateAnthropicConfig  # noqa: PLC0415
    from ..models.create_aws_bedrock_config import CreateAwsBedrockConfig  # noqa: PLC0415
    from ..models.create_custom_config import CreateCustomConfig  # noqa: PLC0415
    from ..models.create_fireworks_config import CreateFireworksConfig  # noqa: PLC0415
    from ..models.create_gemini_config import CreateGeminiConfig  # noqa: PLC0415
    from ..models.create_lite_llm_config import CreateLiteLlmConfig  # noqa: PLC0415
    from ..models.create_nvidia_nim_config import CreateNvidiaNimConfig  # noqa: PLC0415
    from ..models.create_open_ai_config import CreateOpenAiConfig  # noqa: PLC0415
    from ..models.create_together_ai_config import CreateTogetherAiConfig  # noqa: PLC0415
    from ..models.create_vertex_ai_config import CreateVertexAiConfig  # noqa: PLC0415
    from ..models.integration_scoping_request import IntegrationScopingRequest  # noqa: PLC0415

    _LAZY_PENDING = False
