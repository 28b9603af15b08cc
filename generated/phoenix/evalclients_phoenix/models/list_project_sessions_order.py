from typing import Literal

ListProjectSessionsOrder = Literal["asc", "desc"] | str

LIST_PROJECT_SESSIONS_ORDER_VALUES: set[ListProjectSessionsOrder] = {
    "asc",
    "desc",
}


def check_list_project_sessions_order(value: str) -> ListProjectSessionsOrder:
    if value in LIST_PROJECT_SESSIONS_ORDER_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_SESSIONS_ORDER_VALUES!r}"
    )
