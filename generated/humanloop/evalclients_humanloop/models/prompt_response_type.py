from typing import Literal

PromptResponseType = Literal["prompt"] | str

PROMPT_RESPONSE_TYPE_VALUES: set[PromptResponseType] = {
    "prompt",
}


def check_prompt_response_type(value: str) -> PromptResponseType:
    if value in PROMPT_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_RESPONSE_TYPE_VALUES!r}")
