from typing import Literal

LDAPUserRole = Literal["ADMIN", "MEMBER", "SYSTEM", "VIEWER"] | str

LDAP_USER_ROLE_VALUES: set[LDAPUserRole] = {
    "ADMIN",
    "MEMBER",
    "SYSTEM",
    "VIEWER",
}


def check_ldap_user_role(value: str) -> LDAPUserRole:
    if value in LDAP_USER_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LDAP_USER_ROLE_VALUES!r}")
