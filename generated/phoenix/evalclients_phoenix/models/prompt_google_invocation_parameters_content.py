from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_google_thinking_config import PromptGoogleThinkingConfig


T = TypeVar("T", bound="PromptGoogleInvocationParametersContent")


@_attrs_define
class PromptGoogleInvocationParametersContent:
    """
    Attributes:
        frequency_penalty (float | Unset):
        max_output_tokens (int | Unset):
        presence_penalty (float | Unset):
        stop_sequences (list[str] | Unset):
        temperature (float | Unset):
        thinking_config (PromptGoogleThinkingConfig | Unset):
        top_k (int | Unset):
        top_p (float | Unset):
    """

    frequency_penalty: float | Unset = UNSET
    max_output_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    thinking_config: PromptGoogleThinkingConfig | Unset = UNSET
    top_k: int | Unset = UNSET
    top_p: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        frequency_penalty = self.frequency_penalty

        max_output_tokens = self.max_output_tokens

        presence_penalty = self.presence_penalty

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        temperature = self.temperature

        thinking_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thinking_config, Unset):
            thinking_config = self.thinking_config.to_dict()

        top_k = self.top_k

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if thinking_config is not UNSET:
            field_dict["thinking_config"] = thinking_config
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        frequency_penalty = d.get("frequency_penalty", UNSET)

        max_output_tokens = d.get("max_output_tokens", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        stop_sequences: list[str] = d.get("stop_sequences", UNSET)

        temperature = d.get("temperature", UNSET)

        _thinking_config = d.get("thinking_config", UNSET)
        thinking_config: PromptGoogleThinkingConfig | Unset
        if _thinking_config is UNSET:
            thinking_config = UNSET
        else:
            thinking_config = PromptGoogleThinkingConfig.from_dict(_thinking_config)

        top_k = d.get("top_k", UNSET)

        top_p = d.get("top_p", UNSET)

        prompt_google_invocation_parameters_content = cls(
            frequency_penalty,
            max_output_tokens,
            presence_penalty,
            stop_sequences,
            temperature,
            thinking_config,
            top_k,
            top_p,
        )

        return prompt_google_invocation_parameters_content


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptGoogleThinkingConfig
    from ..models.prompt_google_thinking_config import PromptGoogleThinkingConfig  # noqa: PLC0415

    _LAZY_PENDING = False
