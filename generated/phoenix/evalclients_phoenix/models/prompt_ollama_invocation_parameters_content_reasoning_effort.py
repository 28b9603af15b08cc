from typing import Literal

PromptOllamaInvocationParametersContentReasoningEffort = (
    Literal["high", "low", "medium", "minimal", "none", "xhigh"] | str
)

PROMPT_OLLAMA_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES: set[
    PromptOllamaInvocationParametersContentReasoningEffort
] = {
    "high",
    "low",
    "medium",
    "minimal",
    "none",
    "xhigh",
}


def check_prompt_ollama_invocation_parameters_content_reasoning_effort(
    value: str,
) -> PromptOllamaInvocationParametersContentReasoningEffort:
    if value in PROMPT_OLLAMA_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PROMPT_OLLAMA_INVOCATION_PARAMETERS_CONTENT_REASONING_EFFORT_VALUES!r}"
    )
