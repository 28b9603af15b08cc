from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_tool_function_definition import PromptToolFunctionDefinition


T = TypeVar("T", bound="PromptToolFunction")


@_attrs_define
class PromptToolFunction:
    """
    Attributes:
        function (PromptToolFunctionDefinition):
        type_ (Literal['function']):
    """

    function: PromptToolFunctionDefinition
    type_: Literal["function"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        function = self.function.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "function": function,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        function = PromptToolFunctionDefinition.from_dict(d["function"])

        type_ = cast(Literal["function"], d["type"])
        if type_ != "function":
            raise ValueError(f"type must match const 'function', got '{type_}'")

        prompt_tool_function = cls(
            function,
            type_,
        )

        return prompt_tool_function


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptToolFunctionDefinition
    from ..models.prompt_tool_function_definition import PromptToolFunctionDefinition  # noqa: PLC0415

    _LAZY_PENDING = False
