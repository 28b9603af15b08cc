from typing import Literal

CreateTogetherAiConfigProvider = Literal["TOGETHER_AI"] | str

CREATE_TOGETHER_AI_CONFIG_PROVIDER_VALUES: set[CreateTogetherAiConfigProvider] = {
    "TOGETHER_AI",
}


def check_create_together_ai_config_provider(value: str) -> CreateTogetherAiConfigProvider:
    if value in CREATE_TOGETHER_AI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TOGETHER_AI_CONFIG_PROVIDER_VALUES!r}"
    )
