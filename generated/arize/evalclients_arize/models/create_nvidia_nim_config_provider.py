from typing import Literal

CreateNvidiaNimConfigProvider = Literal["NVIDIA_NIM"] | str

CREATE_NVIDIA_NIM_CONFIG_PROVIDER_VALUES: set[CreateNvidiaNimConfigProvider] = {
    "NVIDIA_NIM",
}


def check_create_nvidia_nim_config_provider(value: str) -> CreateNvidiaNimConfigProvider:
    if value in CREATE_NVIDIA_NIM_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_NVIDIA_NIM_CONFIG_PROVIDER_VALUES!r}"
    )
