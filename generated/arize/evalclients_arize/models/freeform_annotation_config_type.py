from typing import Literal

FreeformAnnotationConfigType = Literal["FREEFORM"] | str

FREEFORM_ANNOTATION_CONFIG_TYPE_VALUES: set[FreeformAnnotationConfigType] = {
    "FREEFORM",
}


def check_freeform_annotation_config_type(value: str) -> FreeformAnnotationConfigType:
    if value in FREEFORM_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FREEFORM_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
