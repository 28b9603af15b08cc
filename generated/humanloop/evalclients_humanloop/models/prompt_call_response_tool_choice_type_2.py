from typing import Literal

PromptCallResponseToolChoiceType2 = Literal["required"] | str

PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_2_VALUES: set[PromptCallResponseToolChoiceType2] = {
    "required",
}


def check_prompt_call_response_tool_choice_type_2(value: str) -> PromptCallResponseToolChoiceType2:
    if value in PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
