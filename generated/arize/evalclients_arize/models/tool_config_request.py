from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import keep_each as _keep_each
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_config_request_tools_item import ToolConfigRequestToolsItem


T = TypeVar("T", bound="ToolConfigRequest")
_new = object.__new__
_FIELDS = frozenset(
    {
        "tool_choice",
        "tools",
    }
)


@_attrs_define
class ToolConfigRequest:
    """Tool configuration in a write request (strict form of ToolConfig)

    Attributes:
        tool_choice (Any | Unset): Tool choice configuration
        tools (list[ToolConfigRequestToolsItem] | Unset): List of tool definitions available to the model
    """

    tool_choice: Any | Unset = UNSET
    tools: list[ToolConfigRequestToolsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""
    _pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    """A bit per field whose slot still holds the JSON value (decoded on first read)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        tool_choice = self.tool_choice

        try:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.tools, Unset):
                tools = []
                for tools_item_data in self.tools:
                    tools_item = tools_item_data.to_dict()
                    tools.append(tools_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tools = _as_json(self.tools)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools

        _drifted = getattr(self, "_drift", None)
        if _drifted is not None:
            return _restore(_drifted, field_dict)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], *, _strict: bool = False) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        _drifted: list[_Drift] | None = None
        _pending = 0
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            tool_choice = d.get("tool_choice", UNSET)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tool_choice, _drifted = _keep(cls, d, "tool_choice", "Any", "type", _drifted)

        _tools_raw = d.get("tools", UNSET)
        if _tools_raw is UNSET:
            tools = UNSET
        elif not _strict:
            tools = _tools_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _tools = d.get("tools", UNSET)
                tools: list[ToolConfigRequestToolsItem] | Unset = UNSET
                if _tools is not UNSET:
                    tools = [
                        ToolConfigRequestToolsItem.from_dict(tools_item_data)
                        for tools_item_data in _tools
                    ]
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tools, _drifted = _keep_each(
                    cls,
                    d,
                    "tools",
                    "list[ToolConfigRequestToolsItem]",
                    "type",
                    lambda tools_item_data: ToolConfigRequestToolsItem.from_dict(tools_item_data),
                    _drifted,
                )

        _tool_config_request_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _tool_config_request_.tool_choice = tool_choice
        _tool_config_request_._tools_slot = tools  # type: ignore[attr-defined]
        _tool_config_request_.additional_properties = {}
        _tool_config_request_._pending = _pending

        if _extra:
            _tool_config_request_.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_config_request_, _drifted)
        return _tool_config_request_

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


def _decode_tools(self: ToolConfigRequest, raw: Any) -> Any:
    """``tools`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tools = raw
        tools: list[ToolConfigRequestToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = [
                ToolConfigRequestToolsItem.from_dict(tools_item_data) for tools_item_data in _tools
            ]
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tools, _drifted = _keep_each(
            type(self),
            {"tools": raw},
            "tools",
            "list[ToolConfigRequestToolsItem]",
            "type",
            lambda tools_item_data: ToolConfigRequestToolsItem.from_dict(tools_item_data),
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tools


_lazy(ToolConfigRequest, "tools", 1, _decode_tools)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ToolConfigRequestToolsItem
    from ..models.tool_config_request_tools_item import ToolConfigRequestToolsItem  # noqa: PLC0415

    _LAZY_PENDING = False
