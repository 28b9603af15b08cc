from typing import Literal

OtlpDoubleValue = Literal["-Infinity", "Infinity", "NaN"] | str

OTLP_DOUBLE_VALUE_VALUES: set[OtlpDoubleValue] = {
    "-Infinity",
    "Infinity",
    "NaN",
}


def check_otlp_double_value(value: str) -> OtlpDoubleValue:
    if value in OTLP_DOUBLE_VALUE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OTLP_DOUBLE_VALUE_VALUES!r}")
