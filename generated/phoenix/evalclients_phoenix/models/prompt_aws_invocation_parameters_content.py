from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="PromptAwsInvocationParametersContent")


@_attrs_define
class PromptAwsInvocationParametersContent:
    """
    Attributes:
        max_tokens (int | Unset):
        stop_sequences (list[str] | Unset):
        temperature (float | Unset):
        top_p (float | Unset):
    """

    max_tokens: int | Unset = UNSET
    stop_sequences: list[str] | Unset = UNSET
    temperature: float | Unset = UNSET
    top_p: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        max_tokens = self.max_tokens

        stop_sequences: list[str] | Unset = UNSET
        if not isinstance(self.stop_sequences, Unset):
            stop_sequences = self.stop_sequences

        temperature = self.temperature

        top_p = self.top_p

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if stop_sequences is not UNSET:
            field_dict["stop_sequences"] = stop_sequences
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        max_tokens = d.get("max_tokens", UNSET)

        stop_sequences: list[str] = d.get("stop_sequences", UNSET)

        temperature = d.get("temperature", UNSET)

        top_p = d.get("top_p", UNSET)

        prompt_aws_invocation_parameters_content = cls(
            max_tokens,
            stop_sequences,
            temperature,
            top_p,
        )

        return prompt_aws_invocation_parameters_content
