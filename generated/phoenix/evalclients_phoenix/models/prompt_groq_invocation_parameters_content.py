from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.prompt_groq_invocation_parameters_content_reasoning_effort import (
    PromptGroqInvocationParametersContentReasoningEffort,
    check_prompt_groq_invocation_parameters_content_reasoning_effort,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_groq_invocation_parameters_content_extra_body import (
        PromptGroqInvocationParametersContentExtraBody,
    )


T = TypeVar("T", bound="PromptGroqInvocationParametersContent")


@_attrs_define
class PromptGroqInvocationParametersContent:
    """
    Attributes:
        extra_body (PromptGroqInvocationParametersContentExtraBody | Unset):
        frequency_penalty (float | Unset):
        max_completion_tokens (int | Unset):
        max_tokens (int | Unset):
        presence_penalty (float | Unset):
        reasoning_effort (PromptGroqInvocationParametersContentReasoningEffort | Unset):
        seed (int | Unset):
        stop (list[str] | Unset):
        temperature (float | Unset):
        top_p (float | Unset):
    """

    extra_body: PromptGroqInvocationParametersContentExtraBody | Unset = UNSET
    frequency_penalty: float | Unset = UNSET
    max_completion_tokens: int | Unset = UNSET
    max_tokens: int | Unset = UNSET
    presence_penalty: float | Unset = UNSET
    reasoning_effort: PromptGroqInvocationParametersContentReasoningEffort | Unset = UNSET
    seed: int | Unset = UNSET
    stop: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        extra_body: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_body, Unset):
            extra_body = self.extra_body.to_dict()

        frequency_penalty = self.frequency_penalty

        max_completion_tokens = self.max_completion_tokens

        max_tokens = self.max_tokens

        presence_penalty = self.presence_penalty

        reasoning_effort: str | Unset = UNSET
        if not isinstance(self.reasoning_effort, Unset):
            reasoning_effort = self.reasoning_effort

        seed = self.seed

        stop: list[str] | Unset = UNSET
        if not isinstance(self.stop, Unset):
            stop = self.stop

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if extra_body is not UNSET:
            field_dict["extra_body"] = extra_body
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
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        _extra_body = d.get("extra_body", UNSET)
        extra_body: PromptGroqInvocationParametersContentExtraBody | Unset
        if _extra_body is UNSET:
            extra_body = UNSET
        else:
            extra_body = PromptGroqInvocationParametersContentExtraBody.from_dict(_extra_body)

        frequency_penalty = d.get("frequency_penalty", UNSET)

        max_completion_tokens = d.get("max_completion_tokens", UNSET)

        max_tokens = d.get("max_tokens", UNSET)

        presence_penalty = d.get("presence_penalty", UNSET)

        _reasoning_effort = d.get("reasoning_effort", UNSET)
        reasoning_effort: PromptGroqInvocationParametersContentReasoningEffort | Unset
        if _reasoning_effort is UNSET:
            reasoning_effort = UNSET
        else:
            reasoning_effort = check_prompt_groq_invocation_parameters_content_reasoning_effort(
                _reasoning_effort
            )

        seed = d.get("seed", UNSET)

        stop: list[str] = d.get("stop", UNSET)

        temperature = d.get("temperature", UNSET)

        top_p = d.get("top_p", UNSET)

        prompt_groq_invocation_parameters_content = cls(
            extra_body,
            frequency_penalty,
            max_completion_tokens,
            max_tokens,
            presence_penalty,
            reasoning_effort,
            seed,
            stop,
            temperature,
            top_p,
        )

        return prompt_groq_invocation_parameters_content


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptGroqInvocationParametersContentExtraBody
    from ..models.prompt_groq_invocation_parameters_content_extra_body import (
        PromptGroqInvocationParametersContentExtraBody,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
