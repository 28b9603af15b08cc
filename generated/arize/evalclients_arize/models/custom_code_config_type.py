from typing import Literal

CustomCodeConfigType = Literal["CUSTOM"] | str

CUSTOM_CODE_CONFIG_TYPE_VALUES: set[CustomCodeConfigType] = {
    "CUSTOM",
}


def check_custom_code_config_type(value: str) -> CustomCodeConfigType:
    if value in CUSTOM_CODE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_CODE_CONFIG_TYPE_VALUES!r}"
    )
