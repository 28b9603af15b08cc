from typing import Literal

CreateFreeformAnnotationConfigRequestAnnotationConfigType = Literal["FREEFORM"] | str

CREATE_FREEFORM_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES: set[
    CreateFreeformAnnotationConfigRequestAnnotationConfigType
] = {
    "FREEFORM",
}


def check_create_freeform_annotation_config_request_annotation_config_type(
    value: str,
) -> CreateFreeformAnnotationConfigRequestAnnotationConfigType:
    if value in CREATE_FREEFORM_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_FREEFORM_ANNOTATION_CONFIG_REQUEST_ANNOTATION_CONFIG_TYPE_VALUES!r}"
    )
