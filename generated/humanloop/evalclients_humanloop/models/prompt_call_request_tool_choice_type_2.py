from typing import Literal

PromptCallRequestToolChoiceType2 = Literal["required"] | str

PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_2_VALUES: set[PromptCallRequestToolChoiceType2] = {
    "required",
}


def check_prompt_call_request_tool_choice_type_2(value: str) -> PromptCallRequestToolChoiceType2:
    if value in PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
