from typing import Literal

ServiceApiKeyKeyType = Literal["SERVICE"] | str

SERVICE_API_KEY_KEY_TYPE_VALUES: set[ServiceApiKeyKeyType] = {
    "SERVICE",
}


def check_service_api_key_key_type(value: str) -> ServiceApiKeyKeyType:
    if value in SERVICE_API_KEY_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_API_KEY_KEY_TYPE_VALUES!r}"
    )
