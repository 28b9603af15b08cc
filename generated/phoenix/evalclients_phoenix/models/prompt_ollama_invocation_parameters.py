from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_ollama_invocation_parameters_content import (
        PromptOllamaInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptOllamaInvocationParameters")


@_attrs_define
class PromptOllamaInvocationParameters:
    """
    Attributes:
        ollama (PromptOllamaInvocationParametersContent):
        type_ (Literal['ollama']):
    """

    ollama: PromptOllamaInvocationParametersContent
    type_: Literal["ollama"]

    def to_dict(self) -> dict[str, Any]:
        ollama = self.ollama.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "ollama": ollama,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_ollama_invocation_parameters_content import (
            PromptOllamaInvocationParametersContent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        ollama = PromptOllamaInvocationParametersContent.from_dict(d.pop("ollama"))

        type_ = cast(Literal["ollama"], d.pop("type"))
        if type_ != "ollama":
            raise ValueError(f"type must match const 'ollama', got '{type_}'")

        prompt_ollama_invocation_parameters = cls(
            ollama=ollama,
            type_=type_,
        )

        return prompt_ollama_invocation_parameters
