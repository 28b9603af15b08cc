from typing import Literal

GetSpansOrder = Literal["asc", "desc"] | str

GET_SPANS_ORDER_VALUES: set[GetSpansOrder] = {
    "asc",
    "desc",
}


def check_get_spans_order(value: str) -> GetSpansOrder:
    if value in GET_SPANS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SPANS_ORDER_VALUES!r}")
