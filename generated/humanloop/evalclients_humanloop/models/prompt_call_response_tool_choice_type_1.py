from typing import Literal

PromptCallResponseToolChoiceType1 = Literal["auto"] | str

PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_1_VALUES: set[PromptCallResponseToolChoiceType1] = {
    "auto",
}


def check_prompt_call_response_tool_choice_type_1(value: str) -> PromptCallResponseToolChoiceType1:
    if value in PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_CALL_RESPONSE_TOOL_CHOICE_TYPE_1_VALUES!r}"
    )
