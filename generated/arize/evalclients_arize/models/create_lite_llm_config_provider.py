from typing import Literal

CreateLiteLlmConfigProvider = Literal["LITELLM"] | str

CREATE_LITE_LLM_CONFIG_PROVIDER_VALUES: set[CreateLiteLlmConfigProvider] = {
    "LITELLM",
}


def check_create_lite_llm_config_provider(value: str) -> CreateLiteLlmConfigProvider:
    if value in CREATE_LITE_LLM_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_LITE_LLM_CONFIG_PROVIDER_VALUES!r}"
    )
