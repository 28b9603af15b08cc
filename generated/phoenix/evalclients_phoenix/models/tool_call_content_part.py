from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.tool_call_function import ToolCallFunction


T = TypeVar("T", bound="ToolCallContentPart")


@_attrs_define
class ToolCallContentPart:
    """
    Attributes:
        tool_call (ToolCallFunction):
        tool_call_id (str):
        type_ (Literal['tool_call']):
    """

    tool_call: ToolCallFunction
    tool_call_id: str
    type_: Literal["tool_call"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        tool_call = self.tool_call.to_dict()

        tool_call_id = self.tool_call_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tool_call": tool_call,
                "tool_call_id": tool_call_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        tool_call = ToolCallFunction.from_dict(d["tool_call"])

        tool_call_id = d["tool_call_id"]

        type_ = cast(Literal["tool_call"], d["type"])
        if type_ != "tool_call":
            raise ValueError(f"type must match const 'tool_call', got '{type_}'")

        tool_call_content_part = cls(
            tool_call,
            tool_call_id,
            type_,
        )

        return tool_call_content_part


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ToolCallFunction
    from ..models.tool_call_function import ToolCallFunction  # noqa: PLC0415

    _LAZY_PENDING = False
