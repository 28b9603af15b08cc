from typing import Literal

StaticParamType = Literal["REGEX", "STRING", "STRING_ARRAY"] | str

STATIC_PARAM_TYPE_VALUES: set[StaticParamType] = {
    "REGEX",
    "STRING",
    "STRING_ARRAY",
}


def check_static_param_type(value: str) -> StaticParamType:
    if value in STATIC_PARAM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STATIC_PARAM_TYPE_VALUES!r}")
