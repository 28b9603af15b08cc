from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssistantMessageMetadataUsageTokens")


@_attrs_define
class AssistantMessageMetadataUsageTokens:
    """
    Attributes:
        completion (int):
        prompt (int):
        total (int):
    """

    completion: int
    prompt: int
    total: int

    def to_dict(self) -> dict[str, Any]:
        completion = self.completion

        prompt = self.prompt

        total = self.total

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "completion": completion,
                "prompt": prompt,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completion = d.pop("completion")

        prompt = d.pop("prompt")

        total = d.pop("total")

        assistant_message_metadata_usage_tokens = cls(
            completion=completion,
            prompt=prompt,
            total=total,
        )

        return assistant_message_metadata_usage_tokens
