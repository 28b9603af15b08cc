from typing import Literal

FireworksConfigProvider = Literal["FIREWORKS"] | str

FIREWORKS_CONFIG_PROVIDER_VALUES: set[FireworksConfigProvider] = {
    "FIREWORKS",
}


def check_fireworks_config_provider(value: str) -> FireworksConfigProvider:
    if value in FIREWORKS_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIREWORKS_CONFIG_PROVIDER_VALUES!r}"
    )
