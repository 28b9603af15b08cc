from typing import Literal

PromptLogResponseToolChoiceType1 = Literal["auto"] | str

PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_1_VALUES: set[PromptLogResponseToolChoiceType1] = {
    "auto",
}


def check_prompt_log_response_tool_choice_type_1(value: str) -> PromptLogResponseToolChoiceType1:
    if value in PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_LOG_RESPONSE_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
