from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="WebAccessContext")


@_attrs_define
class WebAccessContext:
    """User's per-turn request to expose web search / fetch tools.

    Attributes:
        enabled (bool):
        type_ (Literal['web_access']):
    """

    enabled: bool
    type_: Literal["web_access"]

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

        type_ = cast(Literal["web_access"], d.pop("type"))
        if type_ != "web_access":
            raise ValueError(f"type must match const 'web_access', got '{type_}'")

        web_access_context = cls(
            enabled=enabled,
            type_=type_,
        )

        return web_access_context
