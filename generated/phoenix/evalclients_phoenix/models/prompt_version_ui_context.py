from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="PromptVersionUIContext")


@_attrs_define
class PromptVersionUIContext:
    """
    Attributes:
        prompt_node_id (str):
        prompt_version_node_id (str):
        type_ (Literal['prompt_version']):
    """

    prompt_node_id: str
    prompt_version_node_id: str
    type_: Literal["prompt_version"]

    def to_dict(self) -> dict[str, Any]:
        prompt_node_id = self.prompt_node_id

        prompt_version_node_id = self.prompt_version_node_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "promptNodeId": prompt_node_id,
                "promptVersionNodeId": prompt_version_node_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_node_id = d.pop("promptNodeId")

        prompt_version_node_id = d.pop("promptVersionNodeId")

        type_ = cast(Literal["prompt_version"], d.pop("type"))
        if type_ != "prompt_version":
            raise ValueError(f"type must match const 'prompt_version', got '{type_}'")

        prompt_version_ui_context = cls(
            prompt_node_id=prompt_node_id,
            prompt_version_node_id=prompt_version_node_id,
            type_=type_,
        )

        return prompt_version_ui_context
