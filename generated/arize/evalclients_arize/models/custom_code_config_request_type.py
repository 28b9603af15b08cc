from typing import Literal

CustomCodeConfigRequestType = Literal["CUSTOM"] | str

CUSTOM_CODE_CONFIG_REQUEST_TYPE_VALUES: set[CustomCodeConfigRequestType] = {
    "CUSTOM",
}


def check_custom_code_config_request_type(value: str) -> CustomCodeConfigRequestType:
    if value in CUSTOM_CODE_CONFIG_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_CODE_CONFIG_REQUEST_TYPE_VALUES!r}"
    )
