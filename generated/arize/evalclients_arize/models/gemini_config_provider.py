from typing import Literal

GeminiConfigProvider = Literal["GEMINI"] | str

GEMINI_CONFIG_PROVIDER_VALUES: set[GeminiConfigProvider] = {
    "GEMINI",
}


def check_gemini_config_provider(value: str) -> GeminiConfigProvider:
    if value in GEMINI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GEMINI_CONFIG_PROVIDER_VALUES!r}"
    )
