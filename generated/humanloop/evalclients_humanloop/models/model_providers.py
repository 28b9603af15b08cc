from typing import Literal

ModelProviders = (
    Literal[
        "anthropic",
        "bedrock",
        "cohere",
        "google",
        "groq",
        "mock",
        "openai",
        "openai_azure",
        "replicate",
    ]
    | str
)

MODEL_PROVIDERS_VALUES: set[ModelProviders] = {
    "anthropic",
    "bedrock",
    "cohere",
    "google",
    "groq",
    "mock",
    "openai",
    "openai_azure",
    "replicate",
}


def check_model_providers(value: str) -> ModelProviders:
    if value in MODEL_PROVIDERS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MODEL_PROVIDERS_VALUES!r}")
