from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.phoenix_assistant_message_metadata import PhoenixAssistantMessageMetadata
    from ..models.phoenix_user_message_metadata import PhoenixUserMessageMetadata
    from ..models.pydantic_ai_message_metadata import PydanticAIMessageMetadata


T = TypeVar("T", bound="MessageMetadata")


@_attrs_define
class MessageMetadata:
    """``UIMessage.metadata`` as a registry of namespaces.

    Attributes:
        phoenix (None | PhoenixAssistantMessageMetadata | PhoenixUserMessageMetadata | Unset):
        pydantic_ai (None | PydanticAIMessageMetadata | Unset):
    """

    phoenix: None | PhoenixAssistantMessageMetadata | PhoenixUserMessageMetadata | Unset = UNSET
    pydantic_ai: None | PydanticAIMessageMetadata | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.phoenix_assistant_message_metadata import PhoenixAssistantMessageMetadata  # noqa: PLC0415
        from ..models.phoenix_user_message_metadata import PhoenixUserMessageMetadata  # noqa: PLC0415
        from ..models.pydantic_ai_message_metadata import PydanticAIMessageMetadata  # noqa: PLC0415

        phoenix: dict[str, Any] | None | Unset
        if isinstance(self.phoenix, Unset):
            phoenix = UNSET
        elif isinstance(self.phoenix, PhoenixAssistantMessageMetadata):
            phoenix = self.phoenix.to_dict()
        elif isinstance(self.phoenix, PhoenixUserMessageMetadata):
            phoenix = self.phoenix.to_dict()
        else:
            phoenix = self.phoenix

        pydantic_ai: dict[str, Any] | None | Unset
        if isinstance(self.pydantic_ai, Unset):
            pydantic_ai = UNSET
        elif isinstance(self.pydantic_ai, PydanticAIMessageMetadata):
            pydantic_ai = self.pydantic_ai.to_dict()
        else:
            pydantic_ai = self.pydantic_ai

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if phoenix is not UNSET:
            field_dict["phoenix"] = phoenix
        if pydantic_ai is not UNSET:
            field_dict["pydantic_ai"] = pydantic_ai

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phoenix_assistant_message_metadata import PhoenixAssistantMessageMetadata  # noqa: PLC0415
        from ..models.phoenix_user_message_metadata import PhoenixUserMessageMetadata  # noqa: PLC0415
        from ..models.pydantic_ai_message_metadata import PydanticAIMessageMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_phoenix(
            data: object,
        ) -> None | PhoenixAssistantMessageMetadata | PhoenixUserMessageMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phoenix_type_0_type_0 = PhoenixAssistantMessageMetadata.from_dict(data)

                return phoenix_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phoenix_type_0_type_1 = PhoenixUserMessageMetadata.from_dict(data)

                return phoenix_type_0_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PhoenixAssistantMessageMetadata | PhoenixUserMessageMetadata | Unset, data
            )

        phoenix = _parse_phoenix(d.pop("phoenix", UNSET))

        def _parse_pydantic_ai(data: object) -> None | PydanticAIMessageMetadata | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pydantic_ai_type_0 = PydanticAIMessageMetadata.from_dict(data)

                return pydantic_ai_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PydanticAIMessageMetadata | Unset, data)

        pydantic_ai = _parse_pydantic_ai(d.pop("pydantic_ai", UNSET))

        message_metadata = cls(
            phoenix=phoenix,
            pydantic_ai=pydantic_ai,
        )

        return message_metadata
