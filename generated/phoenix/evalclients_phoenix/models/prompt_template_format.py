from typing import Literal

PromptTemplateFormat = Literal["F_STRING", "MUSTACHE", "NONE"] | str

PROMPT_TEMPLATE_FORMAT_VALUES: set[PromptTemplateFormat] = {
    "F_STRING",
    "MUSTACHE",
    "NONE",
}


def check_prompt_template_format(value: str) -> PromptTemplateFormat:
    if value in PROMPT_TEMPLATE_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_TEMPLATE_FORMAT_VALUES!r}"
    )
