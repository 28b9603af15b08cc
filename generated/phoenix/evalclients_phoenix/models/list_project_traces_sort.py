from typing import Literal

ListProjectTracesSort = Literal["latency_ms", "start_time"] | str

LIST_PROJECT_TRACES_SORT_VALUES: set[ListProjectTracesSort] = {
    "latency_ms",
    "start_time",
}


def check_list_project_traces_sort(value: str) -> ListProjectTracesSort:
    if value in LIST_PROJECT_TRACES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_TRACES_SORT_VALUES!r}"
    )
