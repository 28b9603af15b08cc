from typing import Literal

LlmIntegrationProvider = (
    Literal[
        "ANTHROPIC",
        "AWS_BEDROCK",
        "CUSTOM",
        "FIREWORKS",
        "GEMINI",
        "LITELLM",
        "NVIDIA_NIM",
        "OPEN_AI",
        "TOGETHER_AI",
        "VERTEX_AI",
    ]
    | str
)

LLM_INTEGRATION_PROVIDER_VALUES: set[LlmIntegrationProvider] = {
    "ANTHROPIC",
    "AWS_BEDROCK",
    "CUSTOM",
    "FIREWORKS",
    "GEMINI",
    "LITELLM",
    "NVIDIA_NIM",
    "OPEN_AI",
    "TOGETHER_AI",
    "VERTEX_AI",
}


def check_llm_integration_provider(value: str) -> LlmIntegrationProvider:
    if value in LLM_INTEGRATION_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LLM_INTEGRATION_PROVIDER_VALUES!r}"
    )
