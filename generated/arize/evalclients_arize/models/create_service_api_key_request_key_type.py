from typing import Literal

CreateServiceApiKeyRequestKeyType = Literal["SERVICE"] | str

CREATE_SERVICE_API_KEY_REQUEST_KEY_TYPE_VALUES: set[CreateServiceApiKeyRequestKeyType] = {
    "SERVICE",
}


def check_create_service_api_key_request_key_type(value: str) -> CreateServiceApiKeyRequestKeyType:
    if value in CREATE_SERVICE_API_KEY_REQUEST_KEY_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_SERVICE_API_KEY_REQUEST_KEY_TYPE_VALUES!r}"
    )
