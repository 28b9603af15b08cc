from typing import Literal

ChatRole = Literal["assistant", "system", "tool", "user"] | str

CHAT_ROLE_VALUES: set[ChatRole] = {
    "assistant",
    "system",
    "tool",
    "user",
}


def check_chat_role(value: str) -> ChatRole:
    if value in CHAT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_ROLE_VALUES!r}")
