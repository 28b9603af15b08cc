from typing import Literal

PromptXAIInvocationParametersContentReasoningEffort = (
    Literal["high", "low", "medium", "minimal", "none", "xhigh"] | str
)

PROMPT_XAI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES: set[
    PromptXAIInvocationParametersContentReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_prompt_xai_invocation_parameters_content_reasoning_effort(
    value: str,
) -> PromptXAIInvocationParametersContentReasoningEffort:
    if value in PROMPT_XAI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_XAI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES!r}"
    )
