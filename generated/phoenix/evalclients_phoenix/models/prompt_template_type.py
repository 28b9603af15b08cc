from typing import Literal

PromptTemplateType = Literal["CHAT", "STR"] | str

PROMPT_TEMPLATE_TYPE_VALUES: set[PromptTemplateType] = {
    "CHAT",
    "STR",
}


def check_prompt_template_type(value: str) -> PromptTemplateType:
    if value in PROMPT_TEMPLATE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROMPT_TEMPLATE_TYPE_VALUES!r}")
