from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_together_invocation_parameters_content import (
        PromptTogetherInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptTogetherInvocationParameters")


@_attrs_define
class PromptTogetherInvocationParameters:
    """
    Attributes:
        together (PromptTogetherInvocationParametersContent):
        type_ (Literal['together']):
    """

    together: PromptTogetherInvocationParametersContent
    type_: Literal["together"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        together = self.together.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "together": together,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        together = PromptTogetherInvocationParametersContent.from_dict(d["together"])

        type_ = cast(Literal["together"], d["type"])
        if type_ != "together":
            raise ValueError(f"type must match const 'together', got '{type_}'")

        prompt_together_invocation_parameters = cls(
            together,
            type_,
        )

        return prompt_together_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptTogetherInvocationParametersContent
    from ..models.prompt_together_invocation_parameters_content import (
        PromptTogetherInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
