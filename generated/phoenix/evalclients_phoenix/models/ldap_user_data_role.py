from typing import Literal

LDAPUserDataRole = Literal["ADMIN", "MEMBER", "SYSTEM", "VIEWER"] | str

LDAP_USER_DATA_ROLE_VALUES: set[LDAPUserDataRole] = {
    "ADMIN",
    "MEMBER",
    "SYSTEM",
    "VIEWER",
}


def check_ldap_user_data_role(value: str) -> LDAPUserDataRole:
    if value in LDAP_USER_DATA_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LDAP_USER_DATA_ROLE_VALUES!r}")
