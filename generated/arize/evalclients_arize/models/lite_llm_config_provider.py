from typing import Literal

LiteLlmConfigProvider = Literal["LITELLM"] | str

LITE_LLM_CONFIG_PROVIDER_VALUES: set[LiteLlmConfigProvider] = {
    "LITELLM",
}


def check_lite_llm_config_provider(value: str) -> LiteLlmConfigProvider:
    if value in LITE_LLM_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LITE_LLM_CONFIG_PROVIDER_VALUES!r}"
    )
