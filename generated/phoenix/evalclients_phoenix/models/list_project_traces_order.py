from typing import Literal

ListProjectTracesOrder = Literal["asc", "desc"] | str

LIST_PROJECT_TRACES_ORDER_VALUES: set[ListProjectTracesOrder] = {
    "asc",
    "desc",
}


def check_list_project_traces_order(value: str) -> ListProjectTracesOrder:
    if value in LIST_PROJECT_TRACES_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_TRACES_ORDER_VALUES!r}"
    )
