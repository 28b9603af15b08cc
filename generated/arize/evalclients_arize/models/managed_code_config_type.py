from typing import Literal

ManagedCodeConfigType = Literal["MANAGED"] | str

MANAGED_CODE_CONFIG_TYPE_VALUES: set[ManagedCodeConfigType] = {
    "MANAGED",
}


def check_managed_code_config_type(value: str) -> ManagedCodeConfigType:
    if value in MANAGED_CODE_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MANAGED_CODE_CONFIG_TYPE_VALUES!r}"
    )
