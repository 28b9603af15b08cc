from typing import Literal

AgentSessionConflictErrorCode = Literal[
    "agent_session_already_compact",
    "agent_session_busy",
    "agent_session_compaction_conflict",
    "agent_session_messages_stale",
    "agent_session_model_stale",
    "agent_session_tool_approvals_conflict",
    "agent_session_tool_outputs_conflict",
]

AGENT_SESSION_CONFLICT_ERROR_CODE_VALUES: set[AgentSessionConflictErrorCode] = {
    "agent_session_already_compact",
    "agent_session_busy",
    "agent_session_compaction_conflict",
    "agent_session_messages_stale",
    "agent_session_model_stale",
    "agent_session_tool_approvals_conflict",
    "agent_session_tool_outputs_conflict",
}


def check_agent_session_conflict_error_code(value: str) -> AgentSessionConflictErrorCode:
    if value in AGENT_SESSION_CONFLICT_ERROR_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AGENT_SESSION_CONFLICT_ERROR_CODE_VALUES!r}"
    )
