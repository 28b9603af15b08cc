from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import lazy as _lazy
from ..drift import note as _note
from ..drift import note_more as _note_more
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_result_content_part_tool_result_type_4 import (
        ToolResultContentPartToolResultType4,
    )


T = TypeVar("T", bound="ToolResultContentPart")
_new = object.__new__
_FIELDS = frozenset(
    {
        "tool_call_id",
        "tool_result",
        "type",
    }
)


@_attrs_define
class ToolResultContentPart:
    """
    Attributes:
        tool_call_id (str):
        tool_result (bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4):
        type_ (Literal['tool_result']):
    """

    tool_call_id: str | Unset
    tool_result: (
        bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4 | Unset
    )
    type_: Literal["tool_result"] | Unset
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
        tool_call_id = self.tool_call_id

        try:
            tool_result: bool | dict[str, Any] | float | int | list[Any] | None | str
            if isinstance(self.tool_result, ToolResultContentPartToolResultType4):
                tool_result = self.tool_result.to_dict()
            elif isinstance(self.tool_result, list):
                tool_result = self.tool_result

            else:
                tool_result = self.tool_result
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_result = _as_json(self.tool_result)

        try:
            type_ = self.type_
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            type_ = _as_json(self.type_)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tool_call_id": tool_call_id,
                "tool_result": tool_result,
                "type": type_,
            }
        )

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
            tool_call_id = d["tool_call_id"]
            if not (type(tool_call_id) is str):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tool_call_id, _drifted = _keep(cls, d, "tool_call_id", "str", "type", _drifted)

        _tool_result_raw = d.get("tool_result", UNSET)
        if _tool_result_raw is not UNSET and not _strict:
            tool_result = _tool_result_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _tool_result = d["tool_result"]
                tool_result = (
                    _tool_result if _tool_result is None else _parse_tool_result(_tool_result)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool_result, _drifted = _keep(
                    cls,
                    d,
                    "tool_result",
                    "bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4",
                    "union",
                    _drifted,
                )

        try:
            type_ = cast(Literal["tool_result"], d["type"])
            if type_ != "tool_result":
                raise ValueError(f"type must match const 'tool_result', got '{type_}'")
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            type_, _drifted = _keep(
                cls, d, "type", "Literal[\u0027tool_result\u0027]", "type", _drifted
            )

        _tool_result_content_part_ = _new(
            cls
        )  # attrs' __init__ only stores each field: stored here directly
        _tool_result_content_part_.tool_call_id = tool_call_id
        _tool_result_content_part_._tool_result_slot = tool_result  # type: ignore[attr-defined]
        _tool_result_content_part_.type_ = type_
        _tool_result_content_part_._pending = _pending

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_tool_result_content_part_, _drifted)
        return _tool_result_content_part_


def _parse_tool_result(
    data: object,
) -> bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4:
    if data is None:
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tool_result_type_4 = ToolResultContentPartToolResultType4.from_dict(data)

        return tool_result_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, list):
            raise TypeError()
        tool_result_type_5: list[Any] = data

        return tool_result_type_5
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4, data
    )


def _decode_tool_result(self: ToolResultContentPart, raw: Any) -> Any:
    """``tool_result`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool_result = raw
        tool_result = _tool_result if _tool_result is None else _parse_tool_result(_tool_result)
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool_result, _drifted = _keep(
            type(self),
            {"tool_result": raw},
            "tool_result",
            "bool | float | int | list[Any] | None | str | ToolResultContentPartToolResultType4",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_result


_lazy(ToolResultContentPart, "tool_result", 1, _decode_tool_result)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ToolResultContentPartToolResultType4
    from ..models.tool_result_content_part_tool_result_type_4 import (
        ToolResultContentPartToolResultType4,  # noqa: PLC0415
    )

    _LAZY_PENDING = False
