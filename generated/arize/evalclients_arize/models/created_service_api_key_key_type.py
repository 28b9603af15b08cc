from typing import Literal

CreatedServiceApiKeyKeyType = Literal["SERVICE"] | str

CREATED_SERVICE_API_KEY_KEY_TYPE_VALUES: set[CreatedServiceApiKeyKeyType] = {
    "SERVICE",
}


def check_created_service_api_key_key_type(value: str) -> CreatedServiceApiKeyKeyType:
    if value in CREATED_SERVICE_API_KEY_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATED_SERVICE_API_KEY_KEY_TYPE_VALUES!r}"
    )
