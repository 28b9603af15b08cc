from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_format import ResponseFormat
    from ..models.tool_config import ToolConfig


T = TypeVar("T", bound="InvocationParams")
_FIELDS = frozenset(
    {
        "frequency_penalty",
        "max_completion_tokens",
        "max_tokens",
        "presence_penalty",
        "reasoning_effort",
        "response_format",
        "service_tier",
        "stop",
        "temperature",
        "thinking_budget",
        "thinking_level",
        "tool_config",
        "top_k",
        "top_p",
        "verbosity",
    }
)


@_attrs_define
class InvocationParams:
    """Parameters for the LLM invocation

    Attributes:
        frequency_penalty (float | Unset): Frequency penalty (-2.0 to 2.0)
        max_completion_tokens (int | Unset): Maximum number of completion tokens to generate
        max_tokens (int | Unset): Maximum number of tokens to generate
        presence_penalty (float | Unset): Presence penalty (-2.0 to 2.0)
        reasoning_effort (str | Unset): Controls how much reasoning the model performs before responding. Supported by
            OpenAI o-series and GPT-5 models. o-series: 'low' | 'medium' | 'high'. GPT-5: 'none' | 'low' | 'medium' | 'high'
            | 'xhigh'.
        response_format (ResponseFormat | Unset): Response format configuration
        service_tier (str | Unset): Processing tier for the request. Supported by OpenAI only, and only for models
            eligible for Priority processing. Accepted value: 'priority'. Omit to use the project default.
        stop (list[str] | Unset): Stop sequences
        temperature (float | Unset): Sampling temperature (higher = more random)
        thinking_budget (int | Unset): Maximum tokens the model may use for internal reasoning. Supported by Gemini 2.5
            models. Range: 0-24576 (Flash/Flash-Lite) or 128-32768 (Pro). Set 0 to disable thinking on Flash models.
        thinking_level (str | Unset): Controls how much reasoning the model performs before responding. Supported by
            Gemini 3.x models. Accepted values: 'low', 'high'.
        tool_config (ToolConfig | Unset): Tool configuration for the LLM invocation
        top_k (int | Unset): Top-K sampling parameter. A top-K of 1 means the next selected token is the most probable
            (greedy decoding).
        top_p (float | Unset): Nucleus sampling parameter
        verbosity (str | Unset): Controls the verbosity of model output. Supported by OpenAI GPT-5 series. Accepted
            values: 'low' | 'medium' | 'high'.
    """

    frequency_penalty: float | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    reasoning_effort: str | Unset = UNSET
    response_format: ResponseFormat | Unset = UNSET
    service_tier: str | Unset = UNSET
    stop: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking_budget: int | Unset = UNSET
    thinking_level: str | Unset = UNSET
    tool_config: ToolConfig | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET
    verbosity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        frequency_penalty = self.frequency_penalty

        max_completion_tokens = self.max_completion_tokens

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        reasoning_effort = self.reasoning_effort

        response_format: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = self.response_format.to_dict()

        service_tier = self.service_tier

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        temperature = self.temperature

        thinking_budget = self.thinking_budget

        thinking_level = self.thinking_level

        tool_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_config, Unset):
            tool_config = self.tool_config.to_dict()

        top_k = self.top_k

        top_p = self.top_p

        verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking_budget is not UNSET:
            field_dict["thinking_budget"] = thinking_budget
        if thinking_level is not UNSET:
            field_dict["thinking_level"] = thinking_level
        if tool_config is not UNSET:
            field_dict["tool_config"] = tool_config
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        frequency_penalty = d.get("frequency_penalty", UNSET)

        max_completion_tokens = d.get("max_completion_tokens", UNSET)

        max_tokens = d.get("max_tokens", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        reasoning_effort = d.get("reasoning_effort", UNSET)

        _response_format = d.get("response_format", UNSET)
        response_format: ResponseFormat | Unset
        if _response_format is UNSET:
            response_format = UNSET
        else:
            response_format = ResponseFormat.from_dict(_response_format)

        service_tier = d.get("service_tier", UNSET)

        stop: list[str] = d.get("stop", UNSET)

        temperature = d.get("temperature", UNSET)

        thinking_budget = d.get("thinking_budget", UNSET)

        thinking_level = d.get("thinking_level", UNSET)

        _tool_config = d.get("tool_config", UNSET)
        tool_config: ToolConfig | Unset
        if _tool_config is UNSET:
            tool_config = UNSET
        else:
            tool_config = ToolConfig.from_dict(_tool_config)

        top_k = d.get("top_k", UNSET)

        top_p = d.get("top_p", UNSET)

        verbosity = d.get("verbosity", UNSET)

        invocation_params = cls(
            frequency_penalty,
            max_completion_tokens,
            max_tokens,
            presence_penalty,
            reasoning_effort,
            response_format,
            service_tier,
            stop,
            temperature,
            thinking_budget,
            thinking_level,
            tool_config,
            top_k,
            top_p,
            verbosity,
        )

        if not d.keys() <= _FIELDS:
            invocation_params.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return invocation_params

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
    global _LAZY_PENDING, ResponseFormat, ToolConfig
    from ..models.response_format import ResponseFormat  # noqa: PLC0415
    from ..models.tool_config import ToolConfig  # noqa: PLC0415

    _LAZY_PENDING = False
