from typing import Literal

ResourceRestrictionType = Literal["PROJECT"] | str

RESOURCE_RESTRICTION_TYPE_VALUES: set[ResourceRestrictionType] = {
    "PROJECT",
}


def check_resource_restriction_type(value: str) -> ResourceRestrictionType:
    if value in RESOURCE_RESTRICTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOURCE_RESTRICTION_TYPE_VALUES!r}"
    )
