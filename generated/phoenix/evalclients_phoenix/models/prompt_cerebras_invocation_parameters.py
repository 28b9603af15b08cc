from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_cerebras_invocation_parameters_content import (
        PromptCerebrasInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptCerebrasInvocationParameters")


@_attrs_define
class PromptCerebrasInvocationParameters:
    """
    Attributes:
        cerebras (PromptCerebrasInvocationParametersContent):
        type_ (Literal['cerebras']):
    """

    cerebras: PromptCerebrasInvocationParametersContent
    type_: Literal["cerebras"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        cerebras = self.cerebras.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cerebras": cerebras,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        cerebras = PromptCerebrasInvocationParametersContent.from_dict(d["cerebras"])

        type_ = cast(Literal["cerebras"], d["type"])
        if type_ != "cerebras":
            raise ValueError(f"type must match const 'cerebras', got '{type_}'")

        prompt_cerebras_invocation_parameters = cls(
            cerebras,
            type_,
        )

        return prompt_cerebras_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptCerebrasInvocationParametersContent
    from ..models.prompt_cerebras_invocation_parameters_content import (
        PromptCerebrasInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
