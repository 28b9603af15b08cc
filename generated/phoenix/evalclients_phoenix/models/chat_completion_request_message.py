from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.chat_completion_request_message_role import (
    ChatCompletionRequestMessageRole,
    check_chat_completion_request_message_role,
)

if TYPE_CHECKING:
    from ..models.chat_completion_text_part import ChatCompletionTextPart


T = TypeVar("T", bound="ChatCompletionRequestMessage")


@_attrs_define
class ChatCompletionRequestMessage:
    """
    Attributes:
        content (list[ChatCompletionTextPart] | str):
        role (ChatCompletionRequestMessageRole):
    """

    content: list[ChatCompletionTextPart] | str
    role: ChatCompletionRequestMessageRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item = content_type_1_item_data.to_dict()
                content.append(content_type_1_item)

        else:
            content = self.content

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_completion_text_part import ChatCompletionTextPart  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_content(data: object) -> list[ChatCompletionTextPart] | str:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for content_type_1_item_data in _content_type_1:
                    content_type_1_item = ChatCompletionTextPart.from_dict(content_type_1_item_data)

                    content_type_1.append(content_type_1_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ChatCompletionTextPart] | str, data)

        content = _parse_content(d.pop("content"))

        role = check_chat_completion_request_message_role(d.pop("role"))

        chat_completion_request_message = cls(
            content=content,
            role=role,
        )

        chat_completion_request_message.additional_properties = d
        return chat_completion_request_message

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
