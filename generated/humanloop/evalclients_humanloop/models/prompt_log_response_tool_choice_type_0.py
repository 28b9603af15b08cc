from typing import Literal

PromptLogResponseToolChoiceType0 = Literal["none"] | str

PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_0_VALUES: set[PromptLogResponseToolChoiceType0] = {
    "none",
}


def check_prompt_log_response_tool_choice_type_0(value: str) -> PromptLogResponseToolChoiceType0:
    if value in PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_0_VALUES!r}"
    )
