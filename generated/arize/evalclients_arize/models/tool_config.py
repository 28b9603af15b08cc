from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_config_tools_item import ToolConfigToolsItem


T = TypeVar("T", bound="ToolConfig")
_FIELDS = frozenset(
    {
        "tool_choice",
        "tools",
    }
)


@_attrs_define
class ToolConfig:
    """Tool configuration for the LLM invocation

    Attributes:
        tool_choice (Any | Unset): Tool choice configuration
        tools (list[ToolConfigToolsItem] | Unset): List of tool definitions available to the model
    """

    tool_choice: Any | Unset = UNSET
    tools: list[ToolConfigToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        tool_choice = d.get("tool_choice", UNSET)

        _tools = d.get("tools", UNSET)
        tools: list[ToolConfigToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = [ToolConfigToolsItem.from_dict(tools_item_data) for tools_item_data in _tools]

        tool_config = cls(
            tool_choice,
            tools,
        )

        if not d.keys() <= _FIELDS:
            tool_config.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        return tool_config

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
    global _LAZY_PENDING, ToolConfigToolsItem
    from ..models.tool_config_tools_item import ToolConfigToolsItem  # noqa: PLC0415

    _LAZY_PENDING = False
