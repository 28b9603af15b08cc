from typing import Literal

LocalUserDataRole = Literal["ADMIN", "MEMBER", "SYSTEM", "VIEWER"] | str

LOCAL_USER_DATA_ROLE_VALUES: set[LocalUserDataRole] = {
    "ADMIN",
    "MEMBER",
    "SYSTEM",
    "VIEWER",
}


def check_local_user_data_role(value: str) -> LocalUserDataRole:
    if value in LOCAL_USER_DATA_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LOCAL_USER_DATA_ROLE_VALUES!r}")
