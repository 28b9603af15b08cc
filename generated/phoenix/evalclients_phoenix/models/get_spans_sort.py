from typing import Literal

GetSpansSort = Literal["id", "start_time"] | str

GET_SPANS_SORT_VALUES: set[GetSpansSort] = {
    "id",
    "start_time",
}


def check_get_spans_sort(value: str) -> GetSpansSort:
    if value in GET_SPANS_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_SPANS_SORT_VALUES!r}")
