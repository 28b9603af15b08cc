from typing import Literal

CustomModelProviderSdk = (
    Literal["anthropic", "aws_bedrock", "azure_openai", "google_genai", "openai"] | str
)

CUSTOM_MODEL_PROVIDER_SDK_VALUES: set[CustomModelProviderSdk] = {
    "anthropic",
    "aws_bedrock",
    "azure_openai",
    "google_genai",
    "openai",
}


def check_custom_model_provider_sdk(value: str) -> CustomModelProviderSdk:
    if value in CUSTOM_MODEL_PROVIDER_SDK_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_MODEL_PROVIDER_SDK_VALUES!r}"
    )
