from typing import Literal

CreateGeminiConfigProvider = Literal["GEMINI"] | str

CREATE_GEMINI_CONFIG_PROVIDER_VALUES: set[CreateGeminiConfigProvider] = {
    "GEMINI",
}


def check_create_gemini_config_provider(value: str) -> CreateGeminiConfigProvider:
    if value in CREATE_GEMINI_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_GEMINI_CONFIG_PROVIDER_VALUES!r}"
    )
