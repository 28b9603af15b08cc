from typing import Literal

PromptAnthropicOutputConfigEffort = Literal["high", "low", "max", "medium", "xhigh"] | str

PROMPT_ANTHROPIC_OUTPUT_CONFIG_EFFORT_VALUES: set[PromptAnthropicOutputConfigEffort] = {
    "high",
    "low",
    "max",
    "medium",
    "xhigh",
}


def check_prompt_anthropic_output_config_effort(value: str) -> PromptAnthropicOutputConfigEffort:
    if value in PROMPT_ANTHROPIC_OUTPUT_CONFIG_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_ANTHROPIC_OUTPUT_CONFIG_EFFORT_VALUES!r}"
    )
