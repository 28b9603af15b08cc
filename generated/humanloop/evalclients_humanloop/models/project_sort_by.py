from typing import Literal

ProjectSortBy = Literal["created_at", "name", "updated_at"] | str

PROJECT_SORT_BY_VALUES: set[ProjectSortBy] = {
    "created_at",
    "name",
    "updated_at",
}


def check_project_sort_by(value: str) -> ProjectSortBy:
    if value in PROJECT_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_SORT_BY_VALUES!r}")
