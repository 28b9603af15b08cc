from typing import Literal

CreateFireworksConfigProvider = Literal["FIREWORKS"] | str

CREATE_FIREWORKS_CONFIG_PROVIDER_VALUES: set[CreateFireworksConfigProvider] = {
    "FIREWORKS",
}


def check_create_fireworks_config_provider(value: str) -> CreateFireworksConfigProvider:
    if value in CREATE_FIREWORKS_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FIREWORKS_CONFIG_PROVIDER_VALUES!r}"
    )
