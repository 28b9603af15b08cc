from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_tool_type import ChatToolType, check_chat_tool_type

if TYPE_CHECKING:
    from ..models.function_tool import FunctionTool


T = TypeVar("T", bound="ToolCall")
_FIELDS = frozenset(
    {
        "function",
        "id",
        "type",
    }
)


@_attrs_define
class ToolCall:
    """A tool call to be made.

    Attributes:
        function (FunctionTool): A function tool to be called by the model where user owns runtime.
        id (str):
        type_ (ChatToolType): The type of tool to call.
    """

    function: FunctionTool
    id: str
    type_: ChatToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        function = self.function.to_dict()

        id = self.id

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        function = FunctionTool.from_dict(d["function"])

        id = d["id"]

        type_ = check_chat_tool_type(d["type"])

        tool_call = cls(
            function,
            id,
            type_,
        )

        if not d.keys() <= _FIELDS:
            tool_call.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, FunctionTool
    from ..models.function_tool import FunctionTool  # noqa: PLC0415

    _LAZY_PENDING = False
