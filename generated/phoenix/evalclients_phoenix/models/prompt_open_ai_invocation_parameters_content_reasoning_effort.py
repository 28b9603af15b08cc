from typing import Literal

PromptOpenAIInvocationParametersContentReasoningEffort = (
    Literal["high", "low", "medium", "minimal", "none", "xhigh"] | str
)

PROMPT_OPEN_AI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES: set[
    PromptOpenAIInvocationParametersContentReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_prompt_open_ai_invocation_parameters_content_reasoning_effort(
    value: str,
) -> PromptOpenAIInvocationParametersContentReasoningEffort:
    if value in PROMPT_OPEN_AI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_OPEN_AI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES!r}"
    )
