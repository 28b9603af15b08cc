from typing import Literal

CreateCategoricalAnnotationConfigRequestAnnotationConfigType = Literal["CATEGORICAL"] | str

CREATE_CATEGORICAL_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES: set[
    CreateCategoricalAnnotationConfigRequestAnnotationConfigType
] = {
    "CATEGORICAL",
}


def check_create_categorical_annotation_config_request_annotation_config_type(
    value: str,
) -> CreateCategoricalAnnotationConfigRequestAnnotationConfigType:
    if value in CREATE_CATEGORICAL_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CATEGORICAL_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
