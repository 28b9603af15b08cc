from typing import Literal

CreateAnthropicConfigProvider = Literal["ANTHROPIC"] | str

CREATE_ANTHROPIC_CONFIG_PROVIDER_VALUES: set[CreateAnthropicConfigProvider] = {
    "ANTHROPIC",
}


def check_create_anthropic_config_provider(value: str) -> CreateAnthropicConfigProvider:
    if value in CREATE_ANTHROPIC_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ANTHROPIC_CONFIG_PROVIDER_VALUES!r}"
    )
