from typing import Literal

AiIntegrationProvider = (
    Literal[
        "ANTHROPIC",
        "AWS_BEDROCK",
        "AZURE_OPEN_AI",
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

AI_INTEGRATION_PROVIDER_VALUES: set[AiIntegrationProvider] = {
    "ANTHROPIC",
    "AWS_BEDROCK",
    "AZURE_OPEN_AI",
    "CUSTOM",
    "FIREWORKS",
    "GEMINI",
    "LITELLM",
    "NVIDIA_NIM",
    "OPEN_AI",
    "TOGETHER_AI",
    "VERTEX_AI",
}


def check_ai_integration_provider(value: str) -> AiIntegrationProvider:
    if value in AI_INTEGRATION_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {AI_INTEGRATION_PROVIDER_VALUES!r}"
    )
