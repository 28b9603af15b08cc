from typing import Literal

PlatformAccessEnum = Literal["superadmin", "supportadmin", "user"] | str

PLATFORM_ACCESS_ENUM_VALUES: set[PlatformAccessEnum] = {
    "superadmin",
    "supportadmin",
    "user",
}


def check_platform_access_enum(value: str) -> PlatformAccessEnum:
    if value in PLATFORM_ACCESS_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PLATFORM_ACCESS_ENUM_VALUES!r}")
