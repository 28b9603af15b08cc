from typing import Literal

PromptMessageRole = Literal["ai", "assistant", "developer", "model", "system", "tool", "user"] | str

PROMPT_MESSAGE_ROLE_VALUES: set[PromptMessageRole] = {
    "ai",
    "assistant",
    "developer",
    "model",
    "system",
    "tool",
    "user",
}


def check_prompt_message_role(value: str) -> PromptMessageRole:
    if value in PROMPT_MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_MESSAGE_ROLE_VALUES!r}")
