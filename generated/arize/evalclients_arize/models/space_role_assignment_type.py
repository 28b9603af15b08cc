from typing import Literal

SpaceRoleAssignmentType = Literal["CUSTOM", "PREDEFINED"] | str

SPACE_ROLE_ASSIGNMENT_TYPE_VALUES: set[SpaceRoleAssignmentType] = {
    "CUSTOM",
    "PREDEFINED",
}


def check_space_role_assignment_type(value: str) -> SpaceRoleAssignmentType:
    if value in SPACE_ROLE_ASSIGNMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SPACE_ROLE_ASSIGNMENT_TYPE_VALUES!r}"
    )
