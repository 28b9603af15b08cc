from typing import Literal

RoleBindingResourceType = Literal["PROJECT", "SPACE"] | str

ROLE_BINDING_RESOURCE_TYPE_VALUES: set[RoleBindingResourceType] = {
    "PROJECT",
    "SPACE",
}


def check_role_binding_resource_type(value: str) -> RoleBindingResourceType:
    if value in ROLE_BINDING_RESOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ROLE_BINDING_RESOURCE_TYPE_VALUES!r}"
    )
