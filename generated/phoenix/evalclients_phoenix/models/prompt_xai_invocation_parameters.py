from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_xai_invocation_parameters_content import (
        PromptXAIInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptXAIInvocationParameters")


@_attrs_define
class PromptXAIInvocationParameters:
    """
    Attributes:
        type_ (Literal['xai']):
        xai (PromptXAIInvocationParametersContent):
    """

    type_: Literal["xai"]
    xai: PromptXAIInvocationParametersContent

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        type_ = self.type_

        xai = self.xai.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "xai": xai,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        type_ = cast(Literal["xai"], d["type"])
        if type_ != "xai":
            raise ValueError(f"type must match const 'xai', got '{type_}'")

        xai = PromptXAIInvocationParametersContent.from_dict(d["xai"])

        prompt_xai_invocation_parameters = cls(
            type_,
            xai,
        )

        return prompt_xai_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptXAIInvocationParametersContent
    from ..models.prompt_xai_invocation_parameters_content import (
        PromptXAIInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
