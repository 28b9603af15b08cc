from typing import Literal

GlobalType = Literal["global"] | str

GLOBAL_TYPE_VALUES: set[GlobalType] = {
    "global",
}


def check_global_type(value: str) -> GlobalType:
    if value in GLOBAL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GLOBAL_TYPE_VALUES!r}")
