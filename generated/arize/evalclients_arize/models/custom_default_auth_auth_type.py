from typing import Literal

CustomDefaultAuthAuthType = Literal["DEFAULT"] | str

CUSTOM_DEFAULT_AUTH_AUTH_TYPE_VALUES: set[CustomDefaultAuthAuthType] = {
    "DEFAULT",
}


def check_custom_default_auth_auth_type(value: str) -> CustomDefaultAuthAuthType:
    if value in CUSTOM_DEFAULT_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_DEFAULT_AUTH_AUTH_TYPE_VALUES!r}"
    )
