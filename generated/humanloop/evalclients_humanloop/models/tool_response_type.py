from typing import Literal

ToolResponseType = Literal["tool"] | str

TOOL_RESPONSE_TYPE_VALUES: set[ToolResponseType] = {
    "tool",
}


def check_tool_response_type(value: str) -> ToolResponseType:
    if value in TOOL_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TOOL_RESPONSE_TYPE_VALUES!r}")
