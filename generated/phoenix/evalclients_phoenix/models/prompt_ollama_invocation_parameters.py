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
        if _LAZY_PENDING:
            _load_lazy_imports()
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
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        ollama = PromptOllamaInvocationParametersContent.from_dict(d["ollama"])

        type_ = cast(Literal["ollama"], d["type"])
        if type_ != "ollama":
            raise ValueError(f"type must match const 'ollama', got '{type_}'")

        prompt_ollama_invocation_parameters = cls(
            ollama,
            type_,
        )

        return prompt_ollama_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptOllamaInvocationParametersContent
    from ..models.prompt_ollama_invocation_parameters_content import (
        PromptOllamaInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
