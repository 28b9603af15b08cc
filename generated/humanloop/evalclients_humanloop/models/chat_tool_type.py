from typing import Literal

ChatToolType = Literal["function"] | str

CHAT_TOOL_TYPE_VALUES: set[ChatToolType] = {
    "function",
}


def check_chat_tool_type(value: str) -> ChatToolType:
    if value in CHAT_TOOL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHAT_TOOL_TYPE_VALUES!r}")
