from typing import Literal

ProjectType = Literal["APPLICATION", "EXPERIMENT", "HARNESS"] | str

PROJECT_TYPE_VALUES: set[ProjectType] = {
    "APPLICATION",
    "EXPERIMENT",
    "HARNESS",
}


def check_project_type(value: str) -> ProjectType:
    if value in PROJECT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROJECT_TYPE_VALUES!r}")
