from typing import Literal

OAuth2UserRole = Literal["ADMIN", "MEMBER", "SYSTEM", "VIEWER"] | str

O_AUTH_2_USER_ROLE_VALUES: set[OAuth2UserRole] = {
    "ADMIN",
    "MEMBER",
    "SYSTEM",
    "VIEWER",
}


def check_o_auth_2_user_role(value: str) -> OAuth2UserRole:
    if value in O_AUTH_2_USER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {O_AUTH_2_USER_ROLE_VALUES!r}")
