from typing import Literal

TogetherAiConfigProvider = Literal["TOGETHER_AI"] | str

TOGETHER_AI_CONFIG_PROVIDER_VALUES: set[TogetherAiConfigProvider] = {
    "TOGETHER_AI",
}


def check_together_ai_config_provider(value: str) -> TogetherAiConfigProvider:
    if value in TOGETHER_AI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TOGETHER_AI_CONFIG_PROVIDER_VALUES!r}"
    )
