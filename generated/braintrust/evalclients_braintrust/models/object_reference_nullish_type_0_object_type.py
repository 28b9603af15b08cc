from typing import Literal

ObjectReferenceNullishType0ObjectType = (
    Literal["dataset", "experiment", "function", "project_logs", "prompt", "prompt_session"] | str
)

OBJECT_REFERENCE_NULLISH_TYPE_0_OBJECT_TYPE_VALUES: set[ObjectReferenceNullishType0ObjectType] = {
    "dataset",
    "experiment",
    "function",
    "project_logs",
    "prompt",
    "prompt_session",
}


def check_object_reference_nullish_type_0_object_type(
    value: str,
) -> ObjectReferenceNullishType0ObjectType:
    if value in OBJECT_REFERENCE_NULLISH_TYPE_0_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OBJECT_REFERENCE_NULLISH_TYPE_0_OBJECT_TYPE_VALUES!r}"
    )
