from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_perplexity_invocation_parameters_content import (
        PromptPerplexityInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptPerplexityInvocationParameters")


@_attrs_define
class PromptPerplexityInvocationParameters:
    """
    Attributes:
        perplexity (PromptPerplexityInvocationParametersContent):
        type_ (Literal['perplexity']):
    """

    perplexity: PromptPerplexityInvocationParametersContent
    type_: Literal["perplexity"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        perplexity = self.perplexity.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "perplexity": perplexity,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        perplexity = PromptPerplexityInvocationParametersContent.from_dict(d["perplexity"])

        type_ = cast(Literal["perplexity"], d["type"])
        if type_ != "perplexity":
            raise ValueError(f"type must match const 'perplexity', got '{type_}'")

        prompt_perplexity_invocation_parameters = cls(
            perplexity,
            type_,
        )

        return prompt_perplexity_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptPerplexityInvocationParametersContent
    from ..models.prompt_perplexity_invocation_parameters_content import (
        PromptPerplexityInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
