from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message_metadata_usage import AssistantMessageMetadataUsage
    from ..models.turn_trace_context import TurnTraceContext


T = TypeVar("T", bound="PhoenixAssistantMessageMetadata")


@_attrs_define
class PhoenixAssistantMessageMetadata:
    """The ``phoenix`` metadata namespace of an assistant message.

    Attributes:
        session_id (str):
        type_ (Literal['assistant']):
        interrupted (bool | Unset):  Default: False.
        turn_trace_context (None | TurnTraceContext | Unset):
        usage (AssistantMessageMetadataUsage | None | Unset):
    """

    session_id: str
    type_: Literal["assistant"]
    interrupted: bool | Unset = False
    turn_trace_context: None | TurnTraceContext | Unset = UNSET
    usage: AssistantMessageMetadataUsage | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_message_metadata_usage import AssistantMessageMetadataUsage  # noqa: PLC0415
        from ..models.turn_trace_context import TurnTraceContext  # noqa: PLC0415

        session_id = self.session_id

        type_ = self.type_

        interrupted = self.interrupted

        turn_trace_context: dict[str, Any] | None | Unset
        if isinstance(self.turn_trace_context, Unset):
            turn_trace_context = UNSET
        elif isinstance(self.turn_trace_context, TurnTraceContext):
            turn_trace_context = self.turn_trace_context.to_dict()
        else:
            turn_trace_context = self.turn_trace_context

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, AssistantMessageMetadataUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "sessionId": session_id,
                "type": type_,
            }
        )
        if interrupted is not UNSET:
            field_dict["interrupted"] = interrupted
        if turn_trace_context is not UNSET:
            field_dict["turnTraceContext"] = turn_trace_context
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_message_metadata_usage import AssistantMessageMetadataUsage  # noqa: PLC0415
        from ..models.turn_trace_context import TurnTraceContext  # noqa: PLC0415

        d = dict(src_dict)
        session_id = d.pop("sessionId")

        type_ = cast(Literal["assistant"], d.pop("type"))
        if type_ != "assistant":
            raise ValueError(f"type must match const 'assistant', got '{type_}'")

        interrupted = d.pop("interrupted", UNSET)

        def _parse_turn_trace_context(data: object) -> None | TurnTraceContext | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                turn_trace_context_type_0 = TurnTraceContext.from_dict(data)

                return turn_trace_context_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TurnTraceContext | Unset, data)

        turn_trace_context = _parse_turn_trace_context(d.pop("turnTraceContext", UNSET))

        def _parse_usage(data: object) -> AssistantMessageMetadataUsage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = AssistantMessageMetadataUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssistantMessageMetadataUsage | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        phoenix_assistant_message_metadata = cls(
            session_id=session_id,
            type_=type_,
            interrupted=interrupted,
            turn_trace_context=turn_trace_context,
            usage=usage,
        )

        return phoenix_assistant_message_metadata
