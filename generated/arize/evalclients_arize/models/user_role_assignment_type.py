from typing import Literal

UserRoleAssignmentType = Literal["CUSTOM", "PREDEFINED"] | str

USER_ROLE_ASSIGNMENT_TYPE_VALUES: set[UserRoleAssignmentType] = {
    "CUSTOM",
    "PREDEFINED",
}


def check_user_role_assignment_type(value: str) -> UserRoleAssignmentType:
    if value in USER_ROLE_ASSIGNMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {USER_ROLE_ASSIGNMENT_TYPE_VALUES!r}"
    )
