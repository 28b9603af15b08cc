from typing import Literal

PromptLogRequestToolChoiceType2 = Literal["required"] | str

PROMPT_LOG_REQUEST_TOOL_CHOICE_TYPE_2_VALUES: set[PromptLogRequestToolChoiceType2] = {
    "required",
}


def check_prompt_log_request_tool_choice_type_2(value: str) -> PromptLogRequestToolChoiceType2:
    if value in PROMPT_LOG_REQUEST_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_REQUEST_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
