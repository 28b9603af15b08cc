from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="SubagentsContext")


@_attrs_define
class SubagentsContext:
    """User's per-turn request to expose the subagent-spawning tool.

    Attributes:
        enabled (bool):
        type_ (Literal['subagents']):
    """

    enabled: bool
    type_: Literal["subagents"]

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        type_ = self.type_

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "enabled": enabled,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enabled = d.pop("enabled")

        type_ = cast(Literal["subagents"], d.pop("type"))
        if type_ != "subagents":
            raise ValueError(f"type must match const 'subagents', got '{type_}'")

        subagents_context = cls(
            enabled=enabled,
            type_=type_,
        )

        return subagents_context
