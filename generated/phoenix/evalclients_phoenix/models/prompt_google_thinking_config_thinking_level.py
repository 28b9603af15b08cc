from typing import Literal

PromptGoogleThinkingConfigThinkingLevel = Literal["high", "low", "medium", "minimal"] | str

PROMPT_GOOGLE_THINKING_CONFIG_THINKING_LEVEL_VALUES: set[
    PromptGoogleThinkingConfigThinkingLevel
] = {
    "high",
    "low",
    "medium",
    "minimal",
}


def check_prompt_google_thinking_config_thinking_level(
    value: str,
) -> PromptGoogleThinkingConfigThinkingLevel:
    if value in PROMPT_GOOGLE_THINKING_CONFIG_THINKING_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_GOOGLE_THINKING_CONFIG_THINKING_LEVEL_VALUES!r}"
    )
