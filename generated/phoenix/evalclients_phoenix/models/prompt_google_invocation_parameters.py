from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_google_invocation_parameters_content import (
        PromptGoogleInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptGoogleInvocationParameters")


@_attrs_define
class PromptGoogleInvocationParameters:
    """
    Attributes:
        google (PromptGoogleInvocationParametersContent):
        type_ (Literal['google']):
    """

    google: PromptGoogleInvocationParametersContent
    type_: Literal["google"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        google = self.google.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "google": google,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        google = PromptGoogleInvocationParametersContent.from_dict(d["google"])

        type_ = cast(Literal["google"], d["type"])
        if type_ != "google":
            raise ValueError(f"type must match const 'google', got '{type_}'")

        prompt_google_invocation_parameters = cls(
            google,
            type_,
        )

        return prompt_google_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptGoogleInvocationParametersContent
    from ..models.prompt_google_invocation_parameters_content import (
        PromptGoogleInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
