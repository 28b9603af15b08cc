from typing import Literal

ManagedCodeConfigRequestType = Literal["MANAGED"] | str

MANAGED_CODE_CONFIG_REQUEST_TYPE_VALUES: set[ManagedCodeConfigRequestType] = {
    "MANAGED",
}


def check_managed_code_config_request_type(value: str) -> ManagedCodeConfigRequestType:
    if value in MANAGED_CODE_CONFIG_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANAGED_CODE_CONFIG_REQUEST_TYPE_VALUES!r}"
    )
