from typing import Literal

VersionIdResponseType = Literal["version"] | str

VERSION_ID_RESPONSE_TYPE_VALUES: set[VersionIdResponseType] = {
    "version",
}


def check_version_id_response_type(value: str) -> VersionIdResponseType:
    if value in VERSION_ID_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERSION_ID_RESPONSE_TYPE_VALUES!r}"
    )
