from typing import Literal

OpenAiConfigProvider = Literal["OPEN_AI"] | str

OPEN_AI_CONFIG_PROVIDER_VALUES: set[OpenAiConfigProvider] = {
    "OPEN_AI",
}


def check_open_ai_config_provider(value: str) -> OpenAiConfigProvider:
    if value in OPEN_AI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OPEN_AI_CONFIG_PROVIDER_VALUES!r}"
    )
