from typing import Literal

FunctionType = Literal["function"] | str

FUNCTION_TYPE_VALUES: set[FunctionType] = {
    "function",
}


def check_function_type(value: str) -> FunctionType:
    if value in FUNCTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FUNCTION_TYPE_VALUES!r}")
