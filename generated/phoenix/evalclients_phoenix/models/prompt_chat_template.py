from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.prompt_message import PromptMessage


T = TypeVar("T", bound="PromptChatTemplate")


@_attrs_define
class PromptChatTemplate:
    """
    Attributes:
        messages (list[PromptMessage]):
        type_ (Literal['chat']):
    """

    messages: list[PromptMessage]
    type_: Literal["chat"]

    def to_dict(self) -> dict[str, Any]:
        if _LAZY_PENDING:
            _load_lazy_imports()
        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "messages": messages,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if _LAZY_PENDING:
            _load_lazy_imports()
        d = src_dict
        messages = [
            PromptMessage.from_dict(messages_item_data) for messages_item_data in d["messages"]
        ]

        type_ = cast(Literal["chat"], d["type"])
        if type_ != "chat":
            raise ValueError(f"type must match const 'chat', got '{type_}'")

        prompt_chat_template = cls(
            messages,
            type_,
        )

        return prompt_chat_template


_LAZY_PENDING = True


def _load_lazy_imports() -> None:
    """Import the models this one refers to, once (they may import this module in turn)."""
    global _LAZY_PENDING, PromptMessage
    from ..models.prompt_message import PromptMessage  # noqa: PLC0415

    _LAZY_PENDING = False
