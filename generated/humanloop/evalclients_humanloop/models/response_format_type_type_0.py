from typing import Literal

ResponseFormatTypeType0 = Literal["json_object"] | str

RESPONSE_FORMAT_TYPE_TYPE_0_VALUES: set[ResponseFormatTypeType0] = {
    "json_object",
}


def check_response_format_type_type_0(value: str) -> ResponseFormatTypeType0:
    if value in RESPONSE_FORMAT_TYPE_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_TYPE_TYPE_0_VALUES!r}"
    )
