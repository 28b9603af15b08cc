from typing import Literal

OrganizationRoleAssignmentType = Literal["CUSTOM", "PREDEFINED"] | str

ORGANIZATION_ROLE_ASSIGNMENT_TYPE_VALUES: set[OrganizationRoleAssignmentType] = {
    "CUSTOM",
    "PREDEFINED",
}


def check_organization_role_assignment_type(value: str) -> OrganizationRoleAssignmentType:
    if value in ORGANIZATION_ROLE_ASSIGNMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_ROLE_ASSIGNMENT_TYPE_VALUES!r}"
    )
