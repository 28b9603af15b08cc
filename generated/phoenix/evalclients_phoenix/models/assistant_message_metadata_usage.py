from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message_metadata_usage_cache_token_details import (
        AssistantMessageMetadataUsageCacheTokenDetails,
    )
    from ..models.assistant_message_metadata_usage_tokens import AssistantMessageMetadataUsageTokens


T = TypeVar("T", bound="AssistantMessageMetadataUsage")


@_attrs_define
class AssistantMessageMetadataUsage:
    """
    Attributes:
        tokens (AssistantMessageMetadataUsageTokens):
        prompt_details (AssistantMessageMetadataUsageCacheTokenDetails | None | Unset):
    """

    tokens: AssistantMessageMetadataUsageTokens
    prompt_details: AssistantMessageMetadataUsageCacheTokenDetails | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_message_metadata_usage_cache_token_details import (
            AssistantMessageMetadataUsageCacheTokenDetails,  # noqa: PLC0415
        )

        tokens = self.tokens.to_dict()

        prompt_details: dict[str, Any] | None | Unset
        if isinstance(self.prompt_details, Unset):
            prompt_details = UNSET
        elif isinstance(self.prompt_details, AssistantMessageMetadataUsageCacheTokenDetails):
            prompt_details = self.prompt_details.to_dict()
        else:
            prompt_details = self.prompt_details

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "tokens": tokens,
            }
        )
        if prompt_details is not UNSET:
            field_dict["promptDetails"] = prompt_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_message_metadata_usage_cache_token_details import (
            AssistantMessageMetadataUsageCacheTokenDetails,  # noqa: PLC0415
        )
        from ..models.assistant_message_metadata_usage_tokens import (
            AssistantMessageMetadataUsageTokens,  # noqa: PLC0415
        )

        d = dict(src_dict)
        tokens = AssistantMessageMetadataUsageTokens.from_dict(d.pop("tokens"))

        def _parse_prompt_details(
            data: object,
        ) -> AssistantMessageMetadataUsageCacheTokenDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prompt_details_type_0 = AssistantMessageMetadataUsageCacheTokenDetails.from_dict(
                    data
                )

                return prompt_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantMessageMetadataUsageCacheTokenDetails | None | Unset, data)

        prompt_details = _parse_prompt_details(d.pop("promptDetails", UNSET))

        assistant_message_metadata_usage = cls(
            tokens=tokens,
            prompt_details=prompt_details,
        )

        return assistant_message_metadata_usage
