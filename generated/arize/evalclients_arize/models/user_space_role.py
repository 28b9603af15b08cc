from typing import Literal

UserSpaceRole = Literal["ADMIN", "ANNOTATOR", "MEMBER", "READ_ONLY"] | str

USER_SPACE_ROLE_VALUES: set[UserSpaceRole] = {
    "ADMIN",
    "ANNOTATOR",
    "MEMBER",
    "READ_ONLY",
}


def check_user_space_role(value: str) -> UserSpaceRole:
    if value in USER_SPACE_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_SPACE_ROLE_VALUES!r}")
