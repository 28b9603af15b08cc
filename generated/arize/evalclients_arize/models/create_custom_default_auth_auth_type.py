from typing import Literal

CreateCustomDefaultAuthAuthType = Literal["DEFAULT"] | str

CREATE_CUSTOM_DEFAULT_AUTH_AUTH_TYPE_VALUES: set[CreateCustomDefaultAuthAuthType] = {
    "DEFAULT",
}


def check_create_custom_default_auth_auth_type(value: str) -> CreateCustomDefaultAuthAuthType:
    if value in CREATE_CUSTOM_DEFAULT_AUTH_AUTH_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOM_DEFAULT_AUTH_AUTH_TYPE_VALUES!r}"
    )
