from typing import Literal

PromptCallRequestToolChoiceType0 = Literal["none"] | str

PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_0_VALUES: set[PromptCallRequestToolChoiceType0] = {
    "none",
}


def check_prompt_call_request_tool_choice_type_0(value: str) -> PromptCallRequestToolChoiceType0:
    if value in PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
