from typing import Literal

PromptLogUpdateRequestToolChoiceType1 = Literal["auto"] | str

PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_1_VALUES: set[PromptLogUpdateRequestToolChoiceType1] = {
    "auto",
}


def check_prompt_log_update_request_tool_choice_type_1(
    value: str,
) -> PromptLogUpdateRequestToolChoiceType1:
    if value in PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
