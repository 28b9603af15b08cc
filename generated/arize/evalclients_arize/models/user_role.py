from typing import Literal

UserRole = Literal["ADMIN", "ANNOTATOR", "MEMBER", "MEMBER_UI_ONLY"] | str

USER_ROLE_VALUES: set[UserRole] = {
    "ADMIN",
    "ANNOTATOR",
    "MEMBER",
    "MEMBER_UI_ONLY",
}


def check_user_role(value: str) -> UserRole:
    if value in USER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {USER_ROLE_VALUES!r}")
