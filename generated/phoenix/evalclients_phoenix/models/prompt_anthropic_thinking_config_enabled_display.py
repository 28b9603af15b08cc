from typing import Literal

PromptAnthropicThinkingConfigEnabledDisplay = Literal["omitted", "summarized"] | str

PROMPT_ANTHROPIC_THINKING_CONFIG_ENABLED_DISPLAY_VALUES: set[
    PromptAnthropicThinkingConfigEnabledDisplay
] = {
    "omitted",
    "summarized",
}


def check_prompt_anthropic_thinking_config_enabled_display(
    value: str,
) -> PromptAnthropicThinkingConfigEnabledDisplay:
    if value in PROMPT_ANTHROPIC_THINKING_CONFIG_ENABLED_DISPLAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_ANTHROPIC_THINKING_CONFIG_ENABLED_DISPLAY_VALUES!r}"
    )
