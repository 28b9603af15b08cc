from typing import Literal

ServiceApiKeyCreatedKeyType = Literal["SERVICE"] | str

SERVICE_API_KEY_CREATED_KEY_TYPE_VALUES: set[ServiceApiKeyCreatedKeyType] = {
    "SERVICE",
}


def check_service_api_key_created_key_type(value: str) -> ServiceApiKeyCreatedKeyType:
    if value in SERVICE_API_KEY_CREATED_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_API_KEY_CREATED_KEY_TYPE_VALUES!r}"
    )
