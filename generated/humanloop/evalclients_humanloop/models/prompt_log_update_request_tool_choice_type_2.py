from typing import Literal

PromptLogUpdateRequestToolChoiceType2 = Literal["required"] | str

PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_2_VALUES: set[PromptLogUpdateRequestToolChoiceType2] = {
    "required",
}


def check_prompt_log_update_request_tool_choice_type_2(
    value: str,
) -> PromptLogUpdateRequestToolChoiceType2:
    if value in PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_2_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_2_VALUES!r}"
    )
