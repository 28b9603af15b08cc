from typing import Literal

PromptLogRequestToolChoiceType0 = Literal["none"] | str

PROMPT_LOG_REQUEST_TOOL_CHOICE_TYPE_0_VALUES: set[PromptLogRequestToolChoiceType0] = {
    "none",
}


def check_prompt_log_request_tool_choice_type_0(value: str) -> PromptLogRequestToolChoiceType0:
    if value in PROMPT_LOG_REQUEST_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_REQUEST_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
