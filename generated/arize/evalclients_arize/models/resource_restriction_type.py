from typing import Literal

ResourceRestrictionType = Literal["DASHBOARD", "PROJECT", "PROMPT"] | str

RESOURCE_RESTRICTION_TYPE_VALUES: set[ResourceRestrictionType] = {
    "DASHBOARD",
    "PROJECT",
    "PROMPT",
}


def check_resource_restriction_type(value: str) -> ResourceRestrictionType:
    if value in RESOURCE_RESTRICTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_RESTRICTION_TYPE_VALUES!r}"
    )
