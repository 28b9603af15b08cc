from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_session_conflict_error_code import (
    AgentSessionConflictErrorCode,
    check_agent_session_conflict_error_code,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentSessionConflictError")


@_attrs_define
class AgentSessionConflictError:
    """Body of every HTTP 409 returned by the agent session routes.

    - ``agent_session_busy``: another turn holds the session's turn lock.
    - ``agent_session_model_stale``: the request asserted a model the session
      is no longer set to; refetch the session before retrying.
    - ``agent_session_messages_stale``: the send's ``lastMessageId`` no longer
      matches the persisted transcript — another client appended; refetch the
      transcript and retry.
    - ``agent_session_tool_outputs_conflict``: the submitted ``toolOutputs`` do
      not match the transcript's trailing assistant message (no trailing
      assistant message to continue, an unknown ``toolCallId``, or a tool-name
      mismatch). Unlike ``agent_session_messages_stale`` this is not a
      concurrent-writer race but an inconsistent request; fix the client
      rather than retrying.
    - ``agent_session_tool_approvals_conflict``: the submitted ``toolApprovals``
      do not match the transcript's trailing assistant message (no trailing
      assistant message to answer, an unknown ``toolCallId``, a call that is
      not awaiting approval, or a reversal of an already-persisted answer).
      Like the tool-output conflict this is an inconsistent request rather than
      a concurrent-writer race; fix the client rather than retrying.
    - ``agent_session_already_compact``: there are no complete turns to
      compact — either nothing new has finished since the transcript's latest
      checkpoint, or a concurrent request's checkpoint already covers them.
      Not retryable; the conversation is as compact as it can get.
    - ``agent_session_compaction_conflict``: the conversation changed while it
      was being compacted; retry.

        Attributes:
            code (AgentSessionConflictErrorCode): Machine-readable reason the request conflicted.
            message (None | str | Unset): Optional human-readable elaboration on the conflict.
    """

    code: AgentSessionConflictErrorCode
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = check_agent_session_conflict_error_code(d.pop("code"))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        agent_session_conflict_error = cls(
            code=code,
            message=message,
        )

        agent_session_conflict_error.additional_properties = d
        return agent_session_conflict_error

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
