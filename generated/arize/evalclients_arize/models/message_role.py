from typing import Literal

MessageRole = Literal["ASSISTANT", "SYSTEM", "TOOL", "USER"] | str

MESSAGE_ROLE_VALUES: set[MessageRole] = {
    "ASSISTANT",
    "SYSTEM",
    "TOOL",
    "USER",
}


def check_message_role(value: str) -> MessageRole:
    if value in MESSAGE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_ROLE_VALUES!r}")
