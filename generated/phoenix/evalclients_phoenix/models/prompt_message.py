from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..drift import Drift as _Drift
from ..drift import as_json as _as_json
from ..drift import keep as _keep
from ..drift import note as _note
from ..drift import recase as _recase
from ..drift import restore as _restore
from ..drift import set_state as _set_state
from ..drift import state_of as _state_of
from ..models.prompt_message_role import PromptMessageRole, check_prompt_message_role
from ..types import Unset

if TYPE_CHECKING:
    from ..models.text_content_part import TextContentPart
    from ..models.tool_call_content_part import ToolCallContentPart
    from ..models.tool_result_content_part import ToolResultContentPart


T = TypeVar("T", bound="PromptMessage")
_new = object.__new__
_FIELDS = frozenset(
    {
        "content",
        "role",
    }
)


@_attrs_define
class PromptMessage:
    """
    Attributes:
        content (list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str):
        role (PromptMessageRole):
    """

    content: list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str | Unset
    role: PromptMessageRole | Unset
    _drift: list[_Drift] = _attrs_field(init=False, repr=False, eq=False)
    """What differed from the spec when decoded; set only then (read it with drift.differences)."""

    def __getstate__(self) -> dict[str, Any]:
        return _state_of(self)

    def __setstate__(self, state: dict[str, Any]) -> None:
        _set_state(self, state)

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        try:
            content: list[dict[str, Any]] | str
            if isinstance(self.content, list):
                content = []
                for content_type_1_item_data in self.content:
                    content_type_1_item: dict[str, Any]
                    if isinstance(content_type_1_item_data, TextContentPart):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    elif isinstance(content_type_1_item_data, ToolCallContentPart):
                        content_type_1_item = content_type_1_item_data.to_dict()
                    else:
                        content_type_1_item = content_type_1_item_data.to_dict()

                    content.append(content_type_1_item)

            else:
                content = self.content
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            content = _as_json(self.content)

        try:
            role: str = self.role
        except (AttributeError, TypeError, ValueError):  # a value kept as received
            role = _as_json(self.role)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "role": role,
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
        d = src_dict
        _extra = not d.keys() <= _FIELDS  # AttributeError when d is not an object at all
        if _extra:  # unknown keys, or keys in the vendor's other casing
            d, _drifted = _recase(cls, d, _FIELDS, _drifted)
            _extra = not d.keys() <= _FIELDS
        try:
            content = _parse_content(d["content"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            content, _drifted = _keep(
                cls,
                d,
                "content",
                "list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str",
                "union",
                _drifted,
            )

        try:
            role = check_prompt_message_role(d["role"])
        except (AttributeError, KeyError, TypeError, ValueError):
            if _strict:
                raise
            role, _drifted = _keep(
                cls,
                d,
                "role",
                "one of ai, assistant, developer, model, system, tool, user",
                "enum",
                _drifted,
            )

        _prompt_message_ = _new(cls)  # attrs' __init__ only stores each field: stored here directly
        _prompt_message_.content = content
        _prompt_message_.role = role

        if _drifted is not None:  # only keys in the other casing get here when _strict
            _note(_prompt_message_, _drifted)
        return _prompt_message_


def _parse_content(
    data: object,
) -> list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:

            def _parse_content_type_1_item(
                data: object,
            ) -> TextContentPart | ToolCallContentPart | ToolResultContentPart:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_1_item_type_0 = TextContentPart.from_dict(data, _strict=True)

                    return content_type_1_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_1_item_type_1 = ToolCallContentPart.from_dict(data, _strict=True)

                    return content_type_1_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1_item_type_2 = ToolResultContentPart.from_dict(data, _strict=True)

                return content_type_1_item_type_2

            content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str, data)


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, TextContentPart, ToolCallContentPart, ToolResultContentPart
    from ..models.text_content_part import TextContentPart  # noqa: PLC0415
    from ..models.tool_call_content_part import ToolCallContentPart  # noqa: PLC0415
    from ..models.tool_result_content_part import ToolResultContentPart  # noqa: PLC0415

    _LAZY_PENDING = False
