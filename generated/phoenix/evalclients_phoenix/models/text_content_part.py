from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="TextContentPart")


@_attrs_define
class TextContentPart:
    """
    Attributes:
        text (str):
        type_ (Literal['text']):
    """

    text: str
    type_: Literal["text"]

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        type_ = self.type_

        field_dict: dict[str, Any] = {}

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

        type_ = cast(Literal["text"], d["type"])
        if type_ != "text":
            raise ValueError(f"type must match const 'text', got '{type_}'")

        text_content_part = cls(
            text,
            type_,
        )

        return text_content_part
