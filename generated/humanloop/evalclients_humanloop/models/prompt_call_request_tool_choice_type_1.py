from typing import Literal

PromptCallRequestToolChoiceType1 = Literal["auto"] | str

PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_1_VALUES: set[PromptCallRequestToolChoiceType1] = {
    "auto",
}


def check_prompt_call_request_tool_choice_type_1(value: str) -> PromptCallRequestToolChoiceType1:
    if value in PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CALL_REQUEST_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
