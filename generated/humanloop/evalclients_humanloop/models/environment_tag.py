from typing import Literal

EnvironmentTag = Literal["default", "other"] | str

ENVIRONMENT_TAG_VALUES: set[EnvironmentTag] = {
    "default",
    "other",
}


def check_environment_tag(value: str) -> EnvironmentTag:
    if value in ENVIRONMENT_TAG_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ENVIRONMENT_TAG_VALUES!r}")
