from typing import Literal

CreateUserApiKeyRequestKeyType = Literal["USER"] | str

CREATE_USER_API_KEY_REQUEST_KEY_TYPE_VALUES: set[CreateUserApiKeyRequestKeyType] = {
    "USER",
}


def check_create_user_api_key_request_key_type(value: str) -> CreateUserApiKeyRequestKeyType:
    if value in CREATE_USER_API_KEY_REQUEST_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_USER_API_KEY_REQUEST_KEY_TYPE_VALUES!r}"
    )
