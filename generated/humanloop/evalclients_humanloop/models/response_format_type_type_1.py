from typing import Literal

ResponseFormatTypeType1 = Literal["json_schema"] | str

RESPONSE_FORMAT_TYPE_TYPE_1_VALUES: set[ResponseFormatTypeType1] = {
    "json_schema",
}


def check_response_format_type_type_1(value: str) -> ResponseFormatTypeType1:
    if value in RESPONSE_FORMAT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESPONSE_FORMAT_TYPE_TYPE_1_VALUES!r}"
    )
