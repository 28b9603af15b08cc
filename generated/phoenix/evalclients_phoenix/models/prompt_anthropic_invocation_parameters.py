from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_anthropic_invocation_parameters_content import (
        PromptAnthropicInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptAnthropicInvocationParameters")


@_attrs_define
class PromptAnthropicInvocationParameters:
    """
    Attributes:
        anthropic (PromptAnthropicInvocationParametersContent):
        type_ (Literal['anthropic']):
    """

    anthropic: PromptAnthropicInvocationParametersContent
    type_: Literal["anthropic"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        anthropic = self.anthropic.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "anthropic": anthropic,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        anthropic = PromptAnthropicInvocationParametersContent.from_dict(d["anthropic"])

        type_ = cast(Literal["anthropic"], d["type"])
        if type_ != "anthropic":
            raise ValueError(f"type must match const 'anthropic', got '{type_}'")

        prompt_anthropic_invocation_parameters = cls(
            anthropic,
            type_,
        )

        return prompt_anthropic_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptAnthropicInvocationParametersContent
    from ..models.prompt_anthropic_invocation_parameters_content import (
        PromptAnthropicInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
