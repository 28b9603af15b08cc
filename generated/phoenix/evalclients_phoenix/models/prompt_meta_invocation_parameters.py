from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_meta_invocation_parameters_content import (
        PromptMetaInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptMetaInvocationParameters")


@_attrs_define
class PromptMetaInvocationParameters:
    """
    Attributes:
        meta (PromptMetaInvocationParametersContent):
        type_ (Literal['meta']):
    """

    meta: PromptMetaInvocationParametersContent
    type_: Literal["meta"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        meta = self.meta.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "meta": meta,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        meta = PromptMetaInvocationParametersContent.from_dict(d["meta"])

        type_ = cast(Literal["meta"], d["type"])
        if type_ != "meta":
            raise ValueError(f"type must match const 'meta', got '{type_}'")

        prompt_meta_invocation_parameters = cls(
            meta,
            type_,
        )

        return prompt_meta_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptMetaInvocationParametersContent
    from ..models.prompt_meta_invocation_parameters_content import (
        PromptMetaInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
