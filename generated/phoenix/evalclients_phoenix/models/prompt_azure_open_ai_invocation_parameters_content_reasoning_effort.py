from typing import Literal

PromptAzureOpenAIInvocationParametersContentReasoningEffort = (
    Literal["high", "low", "medium", "minimal", "none", "xhigh"] | str
)

PROMPT_AZURE_OPEN_AI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES: set[
    PromptAzureOpenAIInvocationParametersContentReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_prompt_azure_open_ai_invocation_parameters_content_reasoning_effort(
    value: str,
) -> PromptAzureOpenAIInvocationParametersContentReasoningEffort:
    if value in PROMPT_AZURE_OPEN_AI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_AZURE_OPEN_AI_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES!r}"
    )
