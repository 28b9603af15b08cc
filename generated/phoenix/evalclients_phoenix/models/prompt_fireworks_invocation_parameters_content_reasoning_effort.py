from typing import Literal

PromptFireworksInvocationParametersContentReasoningEffort = (
    Literal["high", "low", "medium", "minimal", "none", "xhigh"] | str
)

PROMPT_FIREWORKS_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES: set[
    PromptFireworksInvocationParametersContentReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_prompt_fireworks_invocation_parameters_content_reasoning_effort(
    value: str,
) -> PromptFireworksInvocationParametersContentReasoningEffort:
    if value in PROMPT_FIREWORKS_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_FIREWORKS_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES!r}"
    )
