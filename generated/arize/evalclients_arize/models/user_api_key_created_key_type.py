from typing import Literal

UserApiKeyCreatedKeyType = Literal["USER"] | str

USER_API_KEY_CREATED_KEY_TYPE_VALUES: set[UserApiKeyCreatedKeyType] = {
    "USER",
}


def check_user_api_key_created_key_type(value: str) -> UserApiKeyCreatedKeyType:
    if value in USER_API_KEY_CREATED_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_API_KEY_CREATED_KEY_TYPE_VALUES!r}"
    )
