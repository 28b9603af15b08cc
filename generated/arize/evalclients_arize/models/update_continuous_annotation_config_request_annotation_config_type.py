from typing import Literal

UpdateContinuousAnnotationConfigRequestAnnotationConfigType = Literal["CONTINUOUS"] | str

UPDATE_CONTINUOUS_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES: set[
    UpdateContinuousAnnotationConfigRequestAnnotationConfigType
] = {
    "CONTINUOUS",
}


def check_update_continuous_annotation_config_request_annotation_config_type(
    value: str,
) -> UpdateContinuousAnnotationConfigRequestAnnotationConfigType:
    if value in UPDATE_CONTINUOUS_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONTINUOUS_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
