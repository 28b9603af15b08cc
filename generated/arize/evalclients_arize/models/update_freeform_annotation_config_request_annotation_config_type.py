from typing import Literal

UpdateFreeformAnnotationConfigRequestAnnotationConfigType = Literal["FREEFORM"] | str

UPDATE_FREEFORM_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES: set[
    UpdateFreeformAnnotationConfigRequestAnnotationConfigType
] = {
    "FREEFORM",
}


def check_update_freeform_annotation_config_request_annotation_config_type(
    value: str,
) -> UpdateFreeformAnnotationConfigRequestAnnotationConfigType:
    if value in UPDATE_FREEFORM_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_FREEFORM_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
