from typing import Literal

CategoricalAnnotationConfigType = Literal["CATEGORICAL"] | str

CATEGORICAL_ANNOTATION_CONFIG_TYPE_VALUES: set[CategoricalAnnotationConfigType] = {
    "CATEGORICAL",
}


def check_categorical_annotation_config_type(value: str) -> CategoricalAnnotationConfigType:
    if value in CATEGORICAL_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CATEGORICAL_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
