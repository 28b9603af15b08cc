from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="AssistantMessageMetadataUsageCacheTokenDetails")


@_attrs_define
class AssistantMessageMetadataUsageCacheTokenDetails:
    """Prompt-cache token counts, mounted as the usage payload's
    ``prompt_details`` because cached tokens are a breakdown of the prompt.

        Attributes:
            cache_read (int):
            cache_write (int):
    """

    cache_read: int
    cache_write: int

    def to_dict(self) -> dict[str, Any]:
        cache_read = self.cache_read

        cache_write = self.cache_write

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "cacheRead": cache_read,
                "cacheWrite": cache_write,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cache_read = d.pop("cacheRead")

        cache_write = d.pop("cacheWrite")

        assistant_message_metadata_usage_cache_token_details = cls(
            cache_read=cache_read,
            cache_write=cache_write,
        )

        return assistant_message_metadata_usage_cache_token_details
