from typing import Literal

PromptLogResponseToolChoiceType2 = Literal["required"] | str

PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_2_VALUES: set[PromptLogResponseToolChoiceType2] = {
    "required",
}


def check_prompt_log_response_tool_choice_type_2(value: str) -> PromptLogResponseToolChoiceType2:
    if value in PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
