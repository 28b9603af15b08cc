from typing import Literal

AnthropicConfigProvider = Literal["ANTHROPIC"] | str

ANTHROPIC_CONFIG_PROVIDER_VALUES: set[AnthropicConfigProvider] = {
    "ANTHROPIC",
}


def check_anthropic_config_provider(value: str) -> AnthropicConfigProvider:
    if value in ANTHROPIC_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANTHROPIC_CONFIG_PROVIDER_VALUES!r}"
    )
