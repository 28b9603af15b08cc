from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_zai_invocation_parameters_content import (
        PromptZAIInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptZAIInvocationParameters")


@_attrs_define
class PromptZAIInvocationParameters:
    """
    Attributes:
        type_ (Literal['zai']):
        zai (PromptZAIInvocationParametersContent):
    """

    type_: Literal["zai"]
    zai: PromptZAIInvocationParametersContent

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        type_ = self.type_

        zai = self.zai.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "zai": zai,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        type_ = cast(Literal["zai"], d["type"])
        if type_ != "zai":
            raise ValueError(f"type must match const 'zai', got '{type_}'")

        zai = PromptZAIInvocationParametersContent.from_dict(d["zai"])

        prompt_zai_invocation_parameters = cls(
            type_,
            zai,
        )

        return prompt_zai_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptZAIInvocationParametersContent
    from ..models.prompt_zai_invocation_parameters_content import (
        PromptZAIInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
