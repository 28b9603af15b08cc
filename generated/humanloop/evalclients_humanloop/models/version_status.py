from typing import Literal

VersionStatus = Literal["committed", "deleted", "uncommitted"] | str

VERSION_STATUS_VALUES: set[VersionStatus] = {
    "committed",
    "deleted",
    "uncommitted",
}


def check_version_status(value: str) -> VersionStatus:
    if value in VERSION_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERSION_STATUS_VALUES!r}")
