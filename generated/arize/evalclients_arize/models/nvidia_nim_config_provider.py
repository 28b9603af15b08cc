from typing import Literal

NvidiaNimConfigProvider = Literal["NVIDIA_NIM"] | str

NVIDIA_NIM_CONFIG_PROVIDER_VALUES: set[NvidiaNimConfigProvider] = {
    "NVIDIA_NIM",
}


def check_nvidia_nim_config_provider(value: str) -> NvidiaNimConfigProvider:
    if value in NVIDIA_NIM_CONFIG_PROVIDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NVIDIA_NIM_CONFIG_PROVIDER_VALUES!r}"
    )
