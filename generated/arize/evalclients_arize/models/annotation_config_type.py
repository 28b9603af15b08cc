from typing import Literal

AnnotationConfigType = Literal["CATEGORICAL", "CONTINUOUS", "FREEFORM"] | str

ANNOTATION_CONFIG_TYPE_VALUES: set[AnnotationConfigType] = {
    "CATEGORICAL",
    "CONTINUOUS",
    "FREEFORM",
}


def check_annotation_config_type(value: str) -> AnnotationConfigType:
    if value in ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
