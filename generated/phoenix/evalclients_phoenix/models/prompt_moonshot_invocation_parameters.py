from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_moonshot_invocation_parameters_content import (
        PromptMoonshotInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptMoonshotInvocationParameters")


@_attrs_define
class PromptMoonshotInvocationParameters:
    """
    Attributes:
        moonshot (PromptMoonshotInvocationParametersContent):
        type_ (Literal['moonshot']):
    """

    moonshot: PromptMoonshotInvocationParametersContent
    type_: Literal["moonshot"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        moonshot = self.moonshot.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "moonshot": moonshot,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        moonshot = PromptMoonshotInvocationParametersContent.from_dict(d["moonshot"])

        type_ = cast(Literal["moonshot"], d["type"])
        if type_ != "moonshot":
            raise ValueError(f"type must match const 'moonshot', got '{type_}'")

        prompt_moonshot_invocation_parameters = cls(
            moonshot,
            type_,
        )

        return prompt_moonshot_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptMoonshotInvocationParametersContent
    from ..models.prompt_moonshot_invocation_parameters_content import (
        PromptMoonshotInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
