from typing import Literal

PromptAnthropicThinkingConfigAdaptiveDisplay = Literal["omitted", "summarized"] | str

PROMPT_ANTHROPIC_THINKING_CONFIG_ADAPTIVE_DISPLAY_VALUES: set[
    PromptAnthropicThinkingConfigAdaptiveDisplay
] = {
    "omitted",
    "summarized",
}


def check_prompt_anthropic_thinking_config_adaptive_display(
    value: str,
) -> PromptAnthropicThinkingConfigAdaptiveDisplay:
    if value in PROMPT_ANTHROPIC_THINKING_CONFIG_ADAPTIVE_DISPLAY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_ANTHROPIC_THINKING_CONFIG_ADAPTIVE_DISPLAY_VALUES!r}"
    )
