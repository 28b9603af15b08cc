from typing import Literal

AssignmentMethod = Literal["ALL", "RANDOM"] | str

ASSIGNMENT_METHOD_VALUES: set[AssignmentMethod] = {
    "ALL",
    "RANDOM",
}


def check_assignment_method(value: str) -> AssignmentMethod:
    if value in ASSIGNMENT_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSIGNMENT_METHOD_VALUES!r}")
