from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_groq_invocation_parameters_content import (
        PromptGroqInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptGroqInvocationParameters")


@_attrs_define
class PromptGroqInvocationParameters:
    """
    Attributes:
        groq (PromptGroqInvocationParametersContent):
        type_ (Literal['groq']):
    """

    groq: PromptGroqInvocationParametersContent
    type_: Literal["groq"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        groq = self.groq.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "groq": groq,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        groq = PromptGroqInvocationParametersContent.from_dict(d["groq"])

        type_ = cast(Literal["groq"], d["type"])
        if type_ != "groq":
            raise ValueError(f"type must match const 'groq', got '{type_}'")

        prompt_groq_invocation_parameters = cls(
            groq,
            type_,
        )

        return prompt_groq_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptGroqInvocationParametersContent
    from ..models.prompt_groq_invocation_parameters_content import (
        PromptGroqInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
