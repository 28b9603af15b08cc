from typing import Literal

PromptCallResponseToolChoiceType0 = Literal["none"] | str

PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_0_VALUES: set[PromptCallResponseToolChoiceType0] = {
    "none",
}


def check_prompt_call_response_tool_choice_type_0(value: str) -> PromptCallResponseToolChoiceType0:
    if value in PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
