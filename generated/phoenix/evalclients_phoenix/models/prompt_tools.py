from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

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
    from ..models.prompt_tool_choice_none import PromptToolChoiceNone
    from ..models.prompt_tool_choice_one_or_more import PromptToolChoiceOneOrMore
    from ..models.prompt_tool_choice_specific_function_tool import (
        PromptToolChoiceSpecificFunctionTool,
    )
    from ..models.prompt_tool_choice_zero_or_more import PromptToolChoiceZeroOrMore
    from ..models.prompt_tool_function import PromptToolFunction
    from ..models.prompt_tool_raw import PromptToolRaw


T = TypeVar("T", bound="PromptTools")
_new = object.__new__
_FIELDS = frozenset(
    {
        "tools",
        "type",
        "disable_parallel_tool_calls",
        "tool_choice",
    }
)


@_attrs_define
class PromptTools:
    """
    Attributes:
        tools (list[PromptToolFunction | PromptToolRaw]):
        type_ (Literal['tools']):
        disable_parallel_tool_calls (bool | Unset):
        tool_choice (PromptToolChoiceNone | PromptToolChoiceOneOrMore | PromptToolChoiceSpecificFunctionTool |
            PromptToolChoiceZeroOrMore | Unset):
    """

    tools: list[PromptToolFunction | PromptToolRaw] | Unset
    type_: Literal["tools"] | Unset
    disable_parallel_tool_calls: bool | Unset = UNSET
    tool_choice: (
        PromptToolChoiceNone
        | PromptToolChoiceOneOrMore
        | PromptToolChoiceSpecificFunctionTool
        | PromptToolChoiceZeroOrMore
        | Unset
    ) = UNSET
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
        try:
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, PromptToolFunction):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tools = _as_json(self.tools)

        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        disable_parallel_tool_calls = self.disable_parallel_tool_calls

        try:
            tool_choice: dict[str, Any] | Unset
            if isinstance(self.tool_choice, Unset):
                tool_choice = UNSET
            elif isinstance(self.tool_choice, PromptToolChoiceNone):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, PromptToolChoiceZeroOrMore):
                tool_choice = self.tool_choice.to_dict()
            elif isinstance(self.tool_choice, PromptToolChoiceOneOrMore):
                tool_choice = self.tool_choice.to_dict()
            else:
                tool_choice = self.tool_choice.to_dict()

        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_choice = _as_json(self.tool_choice)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tools": tools,
                "type": type_,
            }
        )
        if disable_parallel_tool_calls is not UNSET:
            field_dict["disable_parallel_tool_calls"] = disable_parallel_tool_calls
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice

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
            tools = []
            _tools = d["tools"]
            for tools_item_data in _tools:

                def _parse_tools_item(data: object) -> PromptToolFunction | PromptToolRaw:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = PromptToolFunction.from_dict(data, _strict=True)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = PromptToolRaw.from_dict(data, _strict=True)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise

            def _each(tools_item_data: Any) -> Any:
                def _parse_tools_item(data: object) -> PromptToolFunction | PromptToolRaw:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tools_item_type_0 = PromptToolFunction.from_dict(data, _strict=True)

                        return tools_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    tools_item_type_1 = PromptToolRaw.from_dict(data, _strict=True)

                    return tools_item_type_1

                tools_item = _parse_tools_item(tools_item_data)
                return tools_item

            tools, _drifted = _keep_each(
                cls, d, "tools", "list[PromptToolFunction | PromptToolRaw]", "type", _each, _drifted
            )

        try:
            type_ = cast(Literal["tools"], d["type"])
            if type_ != "tools":
                raise ValueError(f"type must match const 'tools', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(cls, d, "type", "Literal[\u0027tools\u0027]", "type", _drifted)

        try:
            disable_parallel_tool_calls = d.get("disable_parallel_tool_calls", UNSET)
            if not (
                type(disable_parallel_tool_calls) is bool or disable_parallel_tool_calls is UNSET
            ):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            disable_parallel_tool_calls, _drifted = _keep(
                cls, d, "disable_parallel_tool_calls", "bool", "type", _drifted
            )

        _tool_choice_raw = d.get("tool_choice", UNSET)
        if _tool_choice_raw is UNSET:
            tool_choice = UNSET
        elif not _strict:
            tool_choice = _tool_choice_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _tool_choice = d.get("tool_choice", UNSET)
                tool_choice = (
                    _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool_choice, _drifted = _keep(
                    cls,
                    d,
                    "tool_choice",
                    "PromptToolChoiceNone | PromptToolChoiceOneOrMore | PromptToolChoiceSpecificFunctionTool | PromptToolChoiceZeroOrMore",
                    "union",
                    _drifted,
                )

        _prompt_tools_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _prompt_tools_.tools = tools
        _prompt_tools_.type_ = type_
        _prompt_tools_.disable_parallel_tool_calls = disable_parallel_tool_calls
        _prompt_tools_._tool_choice_slot = tool_choice  # type: ignore[attr-defined]
        _prompt_tools_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_tools_, _drifted)
        return _prompt_tools_


def _parse_tool_choice(
    data: object,
) -> (
    PromptToolChoiceNone
    | PromptToolChoiceOneOrMore
    | PromptToolChoiceSpecificFunctionTool
    | PromptToolChoiceZeroOrMore
    | Unset
):
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_0 = PromptToolChoiceNone.from_dict(data, _strict=True)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_1 = PromptToolChoiceZeroOrMore.from_dict(data, _strict=True)

        return tool_choice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_choice_type_2 = PromptToolChoiceOneOrMore.from_dict(data, _strict=True)

        return tool_choice_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tool_choice_type_3 = PromptToolChoiceSpecificFunctionTool.from_dict(data, _strict=True)

    return tool_choice_type_3


def _decode_tool_choice(self: PromptTools, raw: Any) -> Any:
    """``tool_choice`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool_choice = raw
        tool_choice = _tool_choice if _tool_choice is UNSET else _parse_tool_choice(_tool_choice)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool_choice, _drifted = _keep(
            type(self),
            {"tool_choice": raw},
            "tool_choice",
            "PromptToolChoiceNone | PromptToolChoiceOneOrMore | PromptToolChoiceSpecificFunctionTool | PromptToolChoiceZeroOrMore",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_choice


_lazy(PromptTools, "tool_choice", 1, _decode_tool_choice)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global \
        _LAZY_PENDING, \
        PromptToolChoiceNone, \
        PromptToolChoiceOneOrMore, \
        PromptToolChoiceSpecificFunctionTool, \
        PromptToolChoiceZeroOrMore, \
        PromptToolFunction, \
        PromptToolRaw
    from ..models.prompt_tool_choice_none import PromptToolChoiceNone  # noqa: PLC0415
    from ..models.prompt_tool_choice_one_or_more import PromptToolChoiceOneOrMore  # noqa: PLC0415
    from ..models.prompt_tool_choice_specific_function_tool import (
        PromptToolChoiceSpecificFunctionTool,  # noqa: PLC0415
    )
    from ..models.prompt_tool_choice_zero_or_more import PromptToolChoiceZeroOrMore  # noqa: PLC0415
    from ..models.prompt_tool_function import PromptToolFunction  # noqa: PLC0415
    from ..models.prompt_tool_raw import PromptToolRaw  # noqa: PLC0415

    _LAZY_PENDING = False
