from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_aws_invocation_parameters_content import (
        PromptAwsInvocationParametersContent,
    )


T = TypeVar("T", bound="PromptAwsInvocationParameters")


@_attrs_define
class PromptAwsInvocationParameters:
    """
    Attributes:
        aws (PromptAwsInvocationParametersContent):
        type_ (Literal['aws']):
    """

    aws: PromptAwsInvocationParametersContent
    type_: Literal["aws"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        aws = self.aws.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "aws": aws,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        aws = PromptAwsInvocationParametersContent.from_dict(d["aws"])

        type_ = cast(Literal["aws"], d["type"])
        if type_ != "aws":
            raise ValueError(f"type must match const 'aws', got '{type_}'")

        prompt_aws_invocation_parameters = cls(
            aws,
            type_,
        )

        return prompt_aws_invocation_parameters


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptAwsInvocationParametersContent
    from ..models.prompt_aws_invocation_parameters_content import (
        PromptAwsInvocationParametersContent,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
