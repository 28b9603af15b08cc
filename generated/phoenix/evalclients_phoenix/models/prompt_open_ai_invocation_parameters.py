from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_open_ai_invocation_parameters_content import (
        PromptOpenAIInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptOpenAIInvocationParameters")


@_attrs_define
class PromptOpenAIInvocationParameters:
    """
    Attributes:
        openai (PromptOpenAIInvocationParametersContent):
        type_ (Literal['openai']):
    """

    openai: PromptOpenAIInvocationParametersContent
    type_: Literal["openai"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        openai = self.openai.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "openai": openai,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        openai = PromptOpenAIInvocationParametersContent.from_dict(d["openai"])

        type_ = cast(Literal["openai"], d["type"])
        if type_ != "openai":
            raise ValueError(f"type must match const 'openai', got '{type_}'")

        prompt_open_ai_invocation_parameters = cls(
            openai,
            type_,
        )

        return prompt_open_ai_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptOpenAIInvocationParametersContent
    from ..models.prompt_open_ai_invocation_parameters_content import (
        PromptOpenAIInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
