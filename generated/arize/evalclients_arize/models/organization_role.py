from typing import Literal

OrganizationRole = Literal["ADMIN", "ANNOTATOR", "MEMBER", "READ_ONLY"] | str

ORGANIZATION_ROLE_VALUES: set[OrganizationRole] = {
    "ADMIN",
    "ANNOTATOR",
    "MEMBER",
    "READ_ONLY",
}


def check_organization_role(value: str) -> OrganizationRole:
    if value in ORGANIZATION_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORGANIZATION_ROLE_VALUES!r}")
