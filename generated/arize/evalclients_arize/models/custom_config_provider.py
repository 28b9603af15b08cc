from typing import Literal

CustomConfigProvider = Literal["CUSTOM"] | str

CUSTOM_CONFIG_PROVIDER_VALUES: set[CustomConfigProvider] = {
    "CUSTOM",
}


def check_custom_config_provider(value: str) -> CustomConfigProvider:
    if value in CUSTOM_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_CONFIG_PROVIDER_VALUES!r}"
    )
