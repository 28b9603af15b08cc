from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptUIContext")


@_attrs_define
class PromptUIContext:
    """
    Attributes:
        prompt_node_id (str):
        type_ (Literal['prompt']):
    """

    prompt_node_id: str
    type_: Literal["prompt"]

    def to_dict(self) -> dict[str, Any]:
        prompt_node_id = self.prompt_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "promptNodeId": prompt_node_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_node_id = d.pop("promptNodeId")

        type_ = cast(Literal["prompt"], d.pop("type"))
        if type_ != "prompt":
            raise ValueError(f"type must match const 'prompt', got '{type_}'")

        prompt_ui_context = cls(
            prompt_node_id=prompt_node_id,
            type_=type_,
        )

        return prompt_ui_context
