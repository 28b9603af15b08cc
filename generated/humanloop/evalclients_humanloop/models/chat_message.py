from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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
from ..models.chat_role import ChatRole, check_chat_role
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_chat_content import ImageChatContent
    from ..models.text_chat_content import TextChatContent
    from ..models.tool_call import ToolCall


T = TypeVar("T", bound="ChatMessage")
_new = object.__new__
_FIELDS = frozenset(
    {
        "role",
        "content",
        "name",
        "tool_call_id",
        "tool_calls",
    }
)


@_attrs_define
class ChatMessage:
    """
    Attributes:
        role (ChatRole): An enumeration.
        content (list[ImageChatContent | TextChatContent] | None | str | Unset): The content of the message.
        name (None | str | Unset): Optional name of the message author.
        tool_call_id (None | str | Unset): Tool call that this message is responding to.
        tool_calls (list[ToolCall] | None | Unset): A list of tool calls requested by the assistant.
    """

    role: ChatRole | Unset
    content: list[ImageChatContent | TextChatContent] | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
    tool_calls: list[ToolCall] | None | Unset = UNSET
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
        try:
            role: str = self.role
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        try:
            content: list[dict[str, Any]] | None | str | Unset
            if isinstance(self.content, Unset):
                content = UNSET
            elif isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, TextChatContent):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            content = _as_json(self.content)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        try:
            tool_calls: list[dict[str, Any]] | None | Unset
            if isinstance(self.tool_calls, Unset):
                tool_calls = UNSET
            elif isinstance(self.tool_calls, list):
                tool_calls = []
                for tool_calls_type_0_item_data in self.tool_calls:
                    tool_calls_type_0_item = tool_calls_type_0_item_data.to_dict()
                    tool_calls.append(tool_calls_type_0_item)

            else:
                tool_calls = self.tool_calls
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            tool_calls = _as_json(self.tool_calls)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if name is not UNSET:
            field_dict["name"] = name
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

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
            role = check_chat_role(d["role"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role, _drifted = _keep(
                cls, d, "role", "one of assistant, system, tool, user", "enum", _drifted
            )

        try:
            _content = d.get("content", UNSET)
            content = (
                _content if _content is None or _content is UNSET else _parse_content(_content)
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            content, _drifted = _keep(
                cls,
                d,
                "content",
                "list[ImageChatContent | TextChatContent] | None | str",
                "union",
                _drifted,
            )

        try:
            name: None | str | Unset = d.get("name", UNSET)

            if not (name is None or type(name) is str or name is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            name, _drifted = _keep(cls, d, "name", "None | str", "type", _drifted)

        try:
            tool_call_id: None | str | Unset = d.get("tool_call_id", UNSET)

            if not (tool_call_id is None or type(tool_call_id) is str or tool_call_id is UNSET):
                raise TypeError
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            tool_call_id, _drifted = _keep(cls, d, "tool_call_id", "None | str", "type", _drifted)

        _tool_calls_raw = d.get("tool_calls", UNSET)
        if _tool_calls_raw is UNSET:
            tool_calls = UNSET
        elif not _strict:
            tool_calls = _tool_calls_raw  # decoded on first read
            _pending |= 1
        else:
            try:
                _tool_calls = d.get("tool_calls", UNSET)
                tool_calls = (
                    _tool_calls
                    if _tool_calls is None or _tool_calls is UNSET
                    else _parse_tool_calls(_tool_calls)
                )
            except (AttributeError, KeyError, TypeError, ValueError):
                if _strict:
                    raise
                tool_calls, _drifted = _keep(
                    cls, d, "tool_calls", "list[ToolCall] | None", "union", _drifted
                )

        _chat_message_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _chat_message_.role = role
        _chat_message_.content = content
        _chat_message_.name = name
        _chat_message_.tool_call_id = tool_call_id
        _chat_message_._tool_calls_slot = tool_calls  # type: ignore[attr-defined]
        _chat_message_.additional_properties = {}
        _chat_message_._pending = _pending

        if _extra:
            _chat_message_.additional_properties = {k: v for k, v in d.items() if k not in _FIELDS}
        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_chat_message_, _drifted)
        return _chat_message_

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


def _parse_content(data: object) -> list[ImageChatContent | TextChatContent] | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:

            def _parse_content_type_1_item(data: object) -> ImageChatContent | TextChatContent:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_1_item_type_0 = TextChatContent.from_dict(data, _strict=True)

                    return content_type_1_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1_item_type_1 = ImageChatContent.from_dict(data, _strict=True)

                return content_type_1_item_type_1

            content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[ImageChatContent | TextChatContent] | None | str | Unset, data)


def _parse_tool_calls(data: object) -> list[ToolCall] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tool_calls_type_0 = [
            ToolCall.from_dict(tool_calls_type_0_item_data) for tool_calls_type_0_item_data in data
        ]

        return tool_calls_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    raise TypeError()  # null returned above; anything else fits no variant (drift "union")


def _decode_tool_calls(self: ChatMessage, raw: Any) -> Any:
    """``tool_calls`` on its first read: decoded from ``raw`` (drift recorded on ``self``)."""
    _strict = False
    _drifted: list[_Drift] | None = None
    try:
        _tool_calls = raw
        tool_calls = (
            _tool_calls
            if _tool_calls is None or _tool_calls is UNSET
            else _parse_tool_calls(_tool_calls)
        )
    except (AttributeError, KeyError, TypeError, ValueError):
        if _strict:
            raise
        tool_calls, _drifted = _keep(
            type(self),
            {"tool_calls": raw},
            "tool_calls",
            "list[ToolCall] | None",
            "union",
            _drifted,
        )

    if _drifted is not None:
        _note_more(self, _drifted)
    return tool_calls


_lazy(ChatMessage, "tool_calls", 1, _decode_tool_calls)

_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, ImageChatContent, TextChatContent, ToolCall
    from ..models.image_chat_content import ImageChatContent  # noqa: PLC0415
    from ..models.text_chat_content import TextChatContent  # noqa: PLC0415
    from ..models.tool_call import ToolCall  # noqa: PLC0415

    _LAZY_PENDING = False
