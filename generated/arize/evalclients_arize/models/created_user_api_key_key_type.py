from typing import Literal

CreatedUserApiKeyKeyType = Literal["USER"] | str

CREATED_USER_API_KEY_KEY_TYPE_VALUES: set[CreatedUserApiKeyKeyType] = {
    "USER",
}


def check_created_user_api_key_key_type(value: str) -> CreatedUserApiKeyKeyType:
    if value in CREATED_USER_API_KEY_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATED_USER_API_KEY_KEY_TYPE_VALUES!r}"
    )
