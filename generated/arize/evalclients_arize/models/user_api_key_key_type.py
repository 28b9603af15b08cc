from typing import Literal

UserApiKeyKeyType = Literal["USER"] | str

USER_API_KEY_KEY_TYPE_VALUES: set[UserApiKeyKeyType] = {
    "USER",
}


def check_user_api_key_key_type(value: str) -> UserApiKeyKeyType:
    if value in USER_API_KEY_KEY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_API_KEY_KEY_TYPE_VALUES!r}")
