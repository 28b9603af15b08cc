from typing import Literal

VersionDeploymentResponseType = Literal["environment"] | str

VERSION_DEPLOYMENT_RESPONSE_TYPE_VALUES: set[VersionDeploymentResponseType] = {
    "environment",
}


def check_version_deployment_response_type(value: str) -> VersionDeploymentResponseType:
    if value in VERSION_DEPLOYMENT_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VERSION_DEPLOYMENT_RESPONSE_TYPE_VALUES!r}"
    )
