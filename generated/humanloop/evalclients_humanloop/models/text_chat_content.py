from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.text_chat_content_type import TextChatContentType, check_text_chat_content_type

T = TypeVar("T", bound="TextChatContent")
_FIELDS = frozenset(
    {
        "text",
        "type",
    }
)


@_attrs_define
class TextChatContent:
    """
    Attributes:
        text (str): The message's text content.
        type_ (TextChatContentType):
    """

    text: str
    type_: TextChatContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        text = d["text"]

        type_ = check_text_chat_content_type(d["type"])

        text_chat_content = cls(
            text,
            type_,
        )

        if not d.keys() <= _FIELDS:
            text_chat_content.additional_properties = {
                k: v for k, v in d.items() if k not in _FIELDS
            }
        return text_chat_content

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
