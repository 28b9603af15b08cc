from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.prompt_message_role import PromptMessageRole, check_prompt_message_role

if TYPE_CHECKING:
    from ..models.text_content_part import TextContentPart
    from ..models.tool_call_content_part import ToolCallContentPart
    from ..models.tool_result_content_part import ToolResultContentPart


T = TypeVar("T", bound="PromptMessage")


@_attrs_define
class PromptMessage:
    """
    Attributes:
        content (list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str):
        role (PromptMessageRole):
    """

    content: list[TextContentPart | ToolCallContentPart | ToolResultContentPart] | str
    role: PromptMessageRole

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
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

        role: str = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        content = _parse_content(d["content"])

        role = check_prompt_message_role(d["role"])

        prompt_message = cls(
            content,
            role,
        )

        return prompt_message


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
                    content_type_1_item_type_0 = TextContentPart.from_dict(data)

                    return content_type_1_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    content_type_1_item_type_1 = ToolCallContentPart.from_dict(data)

                    return content_type_1_item_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_1_item_type_2 = ToolResultContentPart.from_dict(data)

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
