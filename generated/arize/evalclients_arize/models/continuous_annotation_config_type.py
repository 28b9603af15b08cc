from typing import Literal

ContinuousAnnotationConfigType = Literal["CONTINUOUS"] | str

CONTINUOUS_ANNOTATION_CONFIG_TYPE_VALUES: set[ContinuousAnnotationConfigType] = {
    "CONTINUOUS",
}


def check_continuous_annotation_config_type(value: str) -> ContinuousAnnotationConfigType:
    if value in CONTINUOUS_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONTINUOUS_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
