from typing import Literal

CreateContinuousAnnotationConfigRequestAnnotationConfigType = Literal["CONTINUOUS"] | str

CREATE_CONTINUOUS_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES: set[
    CreateContinuousAnnotationConfigRequestAnnotationConfigType
] = {
    "CONTINUOUS",
}


def check_create_continuous_annotation_config_request_annotation_config_type(
    value: str,
) -> CreateContinuousAnnotationConfigRequestAnnotationConfigType:
    if value in CREATE_CONTINUOUS_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTINUOUS_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
