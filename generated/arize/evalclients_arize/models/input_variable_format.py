from typing import Literal

InputVariableFormat = Literal["F_STRING", "MUSTACHE", "NONE"] | str

INPUT_VARIABLE_FORMAT_VALUES: set[InputVariableFormat] = {
    "F_STRING",
    "MUSTACHE",
    "NONE",
}


def check_input_variable_format(value: str) -> InputVariableFormat:
    if value in INPUT_VARIABLE_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INPUT_VARIABLE_FORMAT_VALUES!r}")
