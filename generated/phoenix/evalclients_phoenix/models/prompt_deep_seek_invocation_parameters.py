from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_deep_seek_invocation_parameters_content import (
        PromptDeepSeekInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptDeepSeekInvocationParameters")


@_attrs_define
class PromptDeepSeekInvocationParameters:
    """
    Attributes:
        deepseek (PromptDeepSeekInvocationParametersContent):
        type_ (Literal['deepseek']):
    """

    deepseek: PromptDeepSeekInvocationParametersContent
    type_: Literal["deepseek"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        deepseek = self.deepseek.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "deepseek": deepseek,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        deepseek = PromptDeepSeekInvocationParametersContent.from_dict(d["deepseek"])

        type_ = cast(Literal["deepseek"], d["type"])
        if type_ != "deepseek":
            raise ValueError(f"type must match const 'deepseek', got '{type_}'")

        prompt_deep_seek_invocation_parameters = cls(
            deepseek,
            type_,
        )

        return prompt_deep_seek_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptDeepSeekInvocationParametersContent
    from ..models.prompt_deep_seek_invocation_parameters_content import (
        PromptDeepSeekInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
