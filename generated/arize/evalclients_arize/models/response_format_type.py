from typing import Literal

ResponseFormatType = Literal["JSON_OBJECT", "JSON_SCHEMA", "TEXT"] | str

RESPONSE_FORMAT_TYPE_VALUES: set[ResponseFormatType] = {
    "JSON_OBJECT",
    "JSON_SCHEMA",
    "TEXT",
}


def check_response_format_type(value: str) -> ResponseFormatType:
    if value in RESPONSE_FORMAT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_TYPE_VALUES!r}")
