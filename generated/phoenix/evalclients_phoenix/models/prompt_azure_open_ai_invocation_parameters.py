from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_azure_open_ai_invocation_parameters_content import (
        PromptAzureOpenAIInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptAzureOpenAIInvocationParameters")


@_attrs_define
class PromptAzureOpenAIInvocationParameters:
    """
    Attributes:
        azure_openai (PromptAzureOpenAIInvocationParametersContent):
        type_ (Literal['azure_openai']):
    """

    azure_openai: PromptAzureOpenAIInvocationParametersContent
    type_: Literal["azure_openai"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        azure_openai = self.azure_openai.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "azure_openai": azure_openai,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        azure_openai = PromptAzureOpenAIInvocationParametersContent.from_dict(d["azure_openai"])

        type_ = cast(Literal["azure_openai"], d["type"])
        if type_ != "azure_openai":
            raise ValueError(f"type must match const 'azure_openai', got '{type_}'")

        prompt_azure_open_ai_invocation_parameters = cls(
            azure_openai,
            type_,
        )

        return prompt_azure_open_ai_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptAzureOpenAIInvocationParametersContent
    from ..models.prompt_azure_open_ai_invocation_parameters_content import (
        PromptAzureOpenAIInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
