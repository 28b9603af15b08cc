from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_call_type import ToolCallType, check_tool_call_type
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_call_function_request import ToolCallFunctionRequest


T = TypeVar("T", bound="ToolCallRequest")
_FIELDS = frozenset(
    {
        "function",
        "type",
        "id",
    }
)


@_attrs_define
class ToolCallRequest:
    """A tool call in a prompt write request (strict request form of ToolCall)

    Attributes:
        function (ToolCallFunctionRequest): The function to call (strict request form of ToolCallFunction)
        type_ (ToolCallType): The type of tool call
        id (str | Unset): The ID of the tool call
    """

    function: ToolCallFunctionRequest
    type_: ToolCallType
    id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        function = self.function.to_dict()

        type_: str = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "function": function,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        function = ToolCallFunctionRequest.from_dict(d["function"])

        type_ = check_tool_call_type(d["type"])

        id = d.get("id", UNSET)

        tool_call_request = cls(
            function,
            type_,
            id,
        )

        if not d.keys() <= _FIELDS:
            tool_call_request.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return tool_call_request

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
    global _LAZY_PENDING, ToolCallFunctionRequest
    from ..models.tool_call_function_request import ToolCallFunctionRequest  # noqa: PLC0415

    _LAZY_PENDING = False
