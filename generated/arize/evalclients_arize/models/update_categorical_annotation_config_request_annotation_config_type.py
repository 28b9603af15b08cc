from typing import Literal

UpdateCategoricalAnnotationConfigRequestAnnotationConfigType = Literal["CATEGORICAL"] | str

UPDATE_CATEGORICAL_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES: set[
    UpdateCategoricalAnnotationConfigRequestAnnotationConfigType
] = {
    "CATEGORICAL",
}


def check_update_categorical_annotation_config_request_annotation_config_type(
    value: str,
) -> UpdateCategoricalAnnotationConfigRequestAnnotationConfigType:
    if value in UPDATE_CATEGORICAL_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CATEGORICAL_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
