from typing import Literal

LlmProvider = (
    Literal["ANTHROPIC", "AWS_BEDROCK", "AZURE_OPEN_AI", "CUSTOM", "OPEN_AI", "VERTEX_AI"] | str
)

LLM_PROVIDER_VALUES: set[LlmProvider] = {
    "ANTHROPIC",
    "AWS_BEDROCK",
    "AZURE_OPEN_AI",
    "CUSTOM",
    "OPEN_AI",
    "VERTEX_AI",
}


def check_llm_provider(value: str) -> LlmProvider:
    if value in LLM_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LLM_PROVIDER_VALUES!r}")
