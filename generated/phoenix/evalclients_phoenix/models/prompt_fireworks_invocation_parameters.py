from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_fireworks_invocation_parameters_content import (
        PromptFireworksInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptFireworksInvocationParameters")


@_attrs_define
class PromptFireworksInvocationParameters:
    """
    Attributes:
        fireworks (PromptFireworksInvocationParametersContent):
        type_ (Literal['fireworks']):
    """

    fireworks: PromptFireworksInvocationParametersContent
    type_: Literal["fireworks"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        fireworks = self.fireworks.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "fireworks": fireworks,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        fireworks = PromptFireworksInvocationParametersContent.from_dict(d["fireworks"])

        type_ = cast(Literal["fireworks"], d["type"])
        if type_ != "fireworks":
            raise ValueError(f"type must match const 'fireworks', got '{type_}'")

        prompt_fireworks_invocation_parameters = cls(
            fireworks,
            type_,
        )

        return prompt_fireworks_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptFireworksInvocationParametersContent
    from ..models.prompt_fireworks_invocation_parameters_content import (
        PromptFireworksInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
