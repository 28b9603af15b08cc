from typing import Literal

CreateCustomConfigProvider = Literal["CUSTOM"] | str

CREATE_CUSTOM_CONFIG_PROVIDER_VALUES: set[CreateCustomConfigProvider] = {
    "CUSTOM",
}


def check_create_custom_config_provider(value: str) -> CreateCustomConfigProvider:
    if value in CREATE_CUSTOM_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOM_CONFIG_PROVIDER_VALUES!r}"
    )
