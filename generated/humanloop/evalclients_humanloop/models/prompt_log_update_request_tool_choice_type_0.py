from typing import Literal

PromptLogUpdateRequestToolChoiceType0 = Literal["none"] | str

PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_0_VALUES: set[PromptLogUpdateRequestToolChoiceType0] = {
    "none",
}


def check_prompt_log_update_request_tool_choice_type_0(
    value: str,
) -> PromptLogUpdateRequestToolChoiceType0:
    if value in PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_UPDATE_REQUEST_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
