from typing import Literal

PromptDeepSeekInvocationParametersContentReasoningEffort = (
    Literal["high", "low", "medium", "minimal", "none", "xhigh"] | str
)

PROMPT_DEEP_SEEK_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES: set[
    PromptDeepSeekInvocationParametersContentReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_prompt_deep_seek_invocation_parameters_content_reasoning_effort(
    value: str,
) -> PromptDeepSeekInvocationParametersContentReasoningEffort:
    if value in PROMPT_DEEP_SEEK_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_DEEP_SEEK_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES!r}"
    )
