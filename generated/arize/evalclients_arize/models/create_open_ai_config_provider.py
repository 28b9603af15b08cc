from typing import Literal

CreateOpenAiConfigProvider = Literal["OPEN_AI"] | str

CREATE_OPEN_AI_CONFIG_PROVIDER_VALUES: set[CreateOpenAiConfigProvider] = {
    "OPEN_AI",
}


def check_create_open_ai_config_provider(value: str) -> CreateOpenAiConfigProvider:
    if value in CREATE_OPEN_AI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OPEN_AI_CONFIG_PROVIDER_VALUES!r}"
    )
