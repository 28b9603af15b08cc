from typing import Literal

LocalUserRole = Literal["ADMIN", "MEMBER", "SYSTEM", "VIEWER"] | str

LOCAL_USER_ROLE_VALUES: set[LocalUserRole] = {
    "ADMIN",
    "MEMBER",
    "SYSTEM",
    "VIEWER",
}


def check_local_user_role(value: str) -> LocalUserRole:
    if value in LOCAL_USER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_USER_ROLE_VALUES!r}")
